package org.observatory.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims of the debate as cards: the claim, who said it and from what source, their scope, the
 * claimed figure beside ours (with our scope, snapshot and window), and the verdict with its colour
 * and reason. Reads the rows of {@code ClaimsTable}.
 */
final class ClaimCards {
  private ClaimCards() {}

  static void write(List<Map<String, Object>> rows, PrintWriter out) {
    out.println("<div class=\"cards\">");
    for (Map<String, Object> c : rows) {
      String verdict = text(c, "verdict");
      out.printf(
          "<article class=\"card claim v-%s\" id=\"claim-%s\" data-verdict=\"%s\">%n",
          verdict.replace(' ', '-').toLowerCase(Locale.ROOT),
          Html.escape(text(c, "id")),
          Html.escape(verdict));
      out.println("<span class=\"badge\">" + Html.escape(verdict) + "</span>");
      out.println("<h3>“" + Html.escape(text(c, "claim")) + "”</h3>");
      out.println(
          "<p class=\"said\">"
              + Html.escape(
                  (text(c, "said_by").isEmpty() ? "" : text(c, "said_by") + " — ")
                      + text(c, "source"))
              + "</p>");
      out.println("<dl>");
      item(
          out,
          "Claimed",
          "<span class=\"big claimed\">" + Html.escape(text(c, "claimed")) + "</span>");
      item(out, "Their scope", Html.escape(text(c, "source_scope")));
      item(out, "Ours", "<span class=\"big ours\">" + Html.escape(text(c, "ours")) + "</span>");
      String when = when(text(c, "snapshot"), text(c, "window"));
      item(
          out,
          "Our scope",
          Html.escape(text(c, "our_scope") + (when.isBlank() ? "" : " (" + when + ")")));
      out.println("</dl>");
      out.println(
          "<p class=\"reason\"><strong>Why:</strong> " + Html.escape(text(c, "reason")) + "</p>");
      out.println("</article>");
    }
    out.println("</div>");
  }

  /** The snapshot and window of our figure, the snapshot not repeated when the window names it. */
  static String when(String snapshot, String window) {
    if (snapshot.isEmpty() || window.contains(snapshot)) {
      return window;
    }
    return "snapshot " + snapshot + (window.isEmpty() ? "" : "; " + window);
  }

  private static void item(PrintWriter out, String term, String html) {
    out.println("<dt>" + Html.escape(term) + "</dt><dd>" + html + "</dd>");
  }

  private static String text(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null ? "" : String.valueOf(v);
  }
}
