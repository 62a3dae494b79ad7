package org.observatory.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML file: the scorecard on top, then one section per indicator
 * with an inline SVG chart, its table, definition, scope, window and credits, and a data-quality
 * section. No script, no network.
 */
public final class HtmlReport {
  private static final int MAX_ROWS = 50;
  private static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}"
          + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
          + "table{border-collapse:collapse;margin:.5em 0}td,th{padding:2px 8px;border-bottom:1px solid #eee;"
          + "text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".meta{color:#555;font-size:.92em}"
          + "figure{margin:1em 0}svg.chart{display:block;width:100%;max-width:560px;height:auto}"
          + "svg.chart text{font-size:12px;fill:#222}svg.chart .tick{font-size:10px;fill:#555}"
          + "svg.chart .grid{stroke:#e3e3e3;fill:none}svg.chart .line{fill:none;stroke-width:2}"
          + "svg.chart .area{opacity:.85}svg.chart .whisker{stroke:#222;fill:none;stroke-width:1.2}"
          + "figcaption{color:#555;font-size:.88em}ul.legend{list-style:none;padding:0;margin:.3em 0;"
          + "display:flex;flex-wrap:wrap;gap:.3em 1em;font-size:.88em}.swatch{display:inline-block;"
          + "width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border-radius:2px}"
          + ".scorecard td:first-child{font-weight:600}footer{margin-top:3em;color:#555;font-size:.9em}";

  private HtmlReport() {}

  public static void write(Report r, PrintWriter out) {
    write(r, List.of(), out);
  }

  /** The report with extra sections (e.g. the claims scorecard) right after the scorecard. */
  public static void write(Report r, List<Section> top, PrintWriter out) {
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<title>Open Model Observatory — snapshot " + r.date() + "</title>");
    out.println("<style>" + STYLE + "</style></head><body>");
    out.println("<h1>Open Model Observatory — who leads open-source AI</h1>");
    out.println(
        "<p class=\"meta\">Snapshot " + r.date() + ". Scope: " + Html.escape(r.scope()) + ".</p>");
    scorecard(r, out);
    for (Section s : top) {
      out.printf("<section id=\"%s\"><h2>%s</h2>%n", s.id(), Html.escape(s.title()));
      out.println("<p>" + Html.escape(s.intro()) + "</p>");
      table(s.rows(), out);
      out.println("</section>");
    }
    for (Indicator i : r.indicators()) {
      section(i, out);
    }
    quality(r, out);
    out.println("<footer><h2>Data credits</h2><ul>");
    r.credits().forEach(c -> out.println("<li>" + Html.escape(c) + "</li>"));
    out.println("</ul></footer></body></html>");
    out.flush();
  }

  private static void scorecard(Report r, PrintWriter out) {
    out.println("<section id=\"scorecard\"><h2>Scorecard</h2><table class=\"scorecard\">");
    for (Scorecard.Line line : Scorecard.of(r)) {
      out.printf(
          "<tr><td><a href=\"#%s\">%s</a></td><td>%s</td><td class=\"meta\">%s</td></tr>%n",
          line.indicator(),
          Html.escape(line.label()),
          Html.escape(line.figures()),
          Html.escape(line.window()));
    }
    out.println("</table></section>");
  }

  private static void section(Indicator i, PrintWriter out) {
    IndicatorSpec s = i.spec();
    out.printf(
        "<section id=\"%s\"><h2>%d. %s</h2>%n", s.name(), s.number(), Html.escape(s.title()));
    out.println("<p>" + Html.escape(s.definition()) + "</p>");
    out.println(
        "<p class=\"meta\">Window: "
            + Html.escape(i.window())
            + ". Scope: "
            + Html.escape(i.scope())
            + ". JSON key <code>"
            + s.name()
            + "</code>.</p>");
    if (!i.assumptions().isEmpty()) {
      out.println("<p>Assumptions:</p><ul class=\"assumptions\">");
      i.assumptions().forEach(a -> out.println("<li>" + Html.escape(a) + "</li>"));
      out.println("</ul>");
    }
    if (i.note() != null) {
      out.println("<p class=\"note\">" + Html.escape(i.note()) + "</p>");
    }
    if (!s.credits().isEmpty()) {
      out.println(
          "<p class=\"meta\">Data: " + Html.escape(String.join("; ", s.credits())) + ".</p>");
    }
    out.println(figure(s.name(), ChartData.of(s, i.rows())));
    table(i.rows(), out);
    out.println("</section>");
  }

  /** A chart with its legend and a caption saying which rows it shows, in what unit. */
  static String figure(String id, ChartData chart) {
    if (chart == null || chart.isEmpty()) {
      return "";
    }
    return "<figure>"
        + Charts.svg(id, chart)
        + Charts.legend(chart)
        + "<figcaption>Chart: "
        + Html.escape(chart.shows())
        + ". Values: "
        + Html.escape(chart.unit().label())
        + ".</figcaption></figure>";
  }

  private static void quality(Report r, PrintWriter out) {
    out.println("<section id=\"data_quality\"><h2>Data quality</h2>");
    out.println(
        "<p>What the figures rest on. Authors missing from the origin registry count as UNATTRIBUTED;"
            + " self-edges are dropped and cycles broken before roots are resolved.</p>");
    table(r.quality().summary(), out);
    out.println("<h3>Largest unattributed authors</h3>");
    table(r.quality().unattributed(), out);
    out.println("<h3>Lineage repairs</h3>");
    table(r.quality().lineageIssues(), out);
    out.println("<h3>Dirt met at ingest</h3>");
    table(r.quality().ingestIssues(), out);
    out.println("</section>");
  }

  private static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("<p class=\"meta\">(none)</p>");
      return;
    }
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    out.print("<table><thead><tr>");
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
    out.println("</tbody></table>");
    if (rows.size() > MAX_ROWS) {
      out.printf(
          "<p class=\"meta\">%d more rows in the JSON and CSV exports.</p>%n",
          rows.size() - MAX_ROWS);
    }
  }
}
