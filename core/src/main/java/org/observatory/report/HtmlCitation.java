package org.observatory.report;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The report's "How to cite" (plain text and BibTeX, with the snapshot date) and its credits. */
final class HtmlCitation {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private HtmlCitation() {}

  /** The plain-text citation of a report. */
  static String plain(Report r, HtmlOptions o) {
    return String.format(
        "Open Model Observatory (%s). Who leads open-source AI: report on the snapshot of %s (%,d"
            + " Hugging Face Hub model records). Generated %s with %s. Data: Hugging Face Hub; Epoch"
            + " AI (CC BY 4.0); European Open Source AI Index (CC BY 4.0); OpenRouter; see the data"
            + " credits.",
        DAY.format(o.generatedAt()).substring(0, 4),
        r.date(),
        r.models(),
        DAY.format(o.generatedAt()),
        o.toolVersion());
  }

  /** The BibTeX entry of a report. */
  static String bibtex(Report r, HtmlOptions o) {
    return "@misc{observatory-"
        + r.date()
        + ",\n  author       = {{Open Model Observatory}},\n"
        + "  title        = {Who leads open-source {AI}: report on the snapshot of "
        + r.date()
        + "},\n  year         = {"
        + DAY.format(o.generatedAt()).substring(0, 4)
        + "},\n  howpublished = {HTML report, snapshot "
        + r.date()
        + ", generated "
        + DAY.format(o.generatedAt())
        + "},\n  note         = {"
        + o.toolVersion()
        + "; data: Hugging Face Hub, Epoch AI (CC BY 4.0), European Open Source AI Index"
        + " (CC BY 4.0), OpenRouter}\n}";
  }

  static void write(Report r, HtmlOptions o, PrintWriter out) {
    out.println("<section id=\"cite\"><h2>How to cite</h2>");
    out.println(
        "<p>Cite a figure with its indicator, scope, window and the snapshot date (all under it"
            + " above), e.g. “"
            + Html.escape(example(r))
            + "”. Cite the report as:</p>");
    out.println("<pre class=\"cite\" id=\"cite-text\">" + Html.escape(plain(r, o)) + "</pre>");
    out.println("<p>BibTeX:</p>");
    out.println("<pre class=\"cite\" id=\"cite-bibtex\">" + Html.escape(bibtex(r, o)) + "</pre>");
    out.println("<h2 id=\"credits\">Data credits</h2><ul class=\"credits\">");
    r.credits().forEach(c -> out.println("<li>" + Html.escape(c) + "</li>"));
    out.println("</ul></section>");
  }

  private static String example(Report r) {
    if (!r.has("downloads_by_origin")) {
      return "Open Model Observatory, snapshot of " + r.date();
    }
    Indicator i = r.indicator("downloads_by_origin");
    if (i.rows().isEmpty()) {
      return "Open Model Observatory, downloads by origin, " + i.window();
    }
    var top = i.rows().get(0);
    return String.format(
        "%s: %s of 30-day downloads of the %,d models of the snapshot of %s (Open Model"
            + " Observatory, downloads_by_origin)",
        top.get("origin"), Values.human("share", top.get("share")), r.models(), r.date());
  }
}
