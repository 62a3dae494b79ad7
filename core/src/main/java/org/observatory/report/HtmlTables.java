package org.observatory.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rows as HTML tables that scroll inside their own box, never the page. */
final class HtmlTables {
  private static final int MAX_ROWS = 50;

  /** Tables of at most this many rows are shown open. */
  private static final int OPEN_ROWS = 10;

  private HtmlTables() {}

  /** The rows in a table that folds away ({@code <details>}), open when short. */
  static void details(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("<p class=\"meta\">(none)</p>");
      return;
    }
    out.printf(
        "<details%s><summary>Table: %s</summary>%n",
        rows.size() <= OPEN_ROWS ? " open" : "",
        rows.size() > MAX_ROWS
            ? "the first " + MAX_ROWS + " of " + String.format("%,d", rows.size()) + " rows"
            : rows.size() + (rows.size() == 1 ? " row" : " rows"));
    table(rows, out);
    out.println("</details>");
  }

  static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("<p class=\"meta\">(none)</p>");
      return;
    }
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    out.print("<div class=\"table-wrap\"><table><thead><tr>");
    header.forEach(h -> out.print("<th>" + Html.escape(h) + "</th>"));
    out.println("</tr></thead><tbody>");
    for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
      out.print("<tr>");
      for (String h : header) {
        Object v = row.get(h);
        out.print(
            (v instanceof Number ? "<td class=\"n\">" : "<td>")
                + Html.escape(Values.human(h, v))
                + "</td>");
      }
      out.println("</tr>");
    }
    out.println("</tbody></table></div>");
    if (rows.size() > MAX_ROWS) {
      out.printf(
          "<p class=\"meta\">%,d more rows in the JSON and CSV exports.</p>%n",
          rows.size() - MAX_ROWS);
    }
  }
}
