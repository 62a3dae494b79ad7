package org.observatory.report;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as one self-contained HTML document (no script, no network): a title block (snapshot,
 * generation time, tool version), a table of contents, the claims as cards, the scorecard, one
 * section per indicator in indicator order (definition, chart, window and scope, a short credit
 * line, links to its definition and its CSV and JSON, its table), data quality, and one section
 * with how to cite the report and the full data credits. Readable width; one column on a phone.
 */
public final class HtmlReport {
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The style of the report and the methodology page; light and dark, no external fonts. */
  static final String STYLE =
      ":root{color-scheme:light dark;--fg:#1d2329;--muted:#56606b;--line:#e1e5ea;--bg:#fff;"
          + "--card:#f6f7f9;--accent:#2a64a8}"
          + "@media (prefers-color-scheme:dark){:root{--fg:#e4e7eb;--muted:#a3acb6;--line:#343b43;"
          + "--bg:#14181c;--card:#1d2227;--accent:#82b3ec}}"
          + "*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}"
          + "body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
          + "color:var(--fg);background:var(--bg)}"
          + "header.title,nav.toc,main{max-width:50rem;margin:0 auto;padding:0 1rem}"
          + "header.title{padding-top:2rem}a{color:var(--accent)}"
          + ".kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted);"
          + "margin:0}h1{font-size:2rem;line-height:1.2;margin:.2rem 0 .6rem}"
          + ".lede{font-size:1.1rem;color:var(--muted);margin:0 0 1rem}"
          + "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0;"
          + "font-size:.92rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}"
          + "nav.toc{margin-top:1.5rem}nav.toc h2{border:0;margin:0;padding:0;font-size:1rem}"
          + "nav.toc ol{margin:.3rem 0;padding-left:1.3rem}nav.toc li{margin:.1rem 0}"
          + "nav.toc ul.plain{list-style:none;padding-left:.8rem;margin:.2rem 0}"
          + "h2{font-size:1.35rem;line-height:1.3;margin:2.4rem 0 .5rem;padding-top:.8rem;"
          + "border-top:1px solid var(--line)}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}"
          + "p{margin:.5rem 0}.meta,.source,figcaption{color:var(--muted);font-size:.88rem}"
          + ".note{background:var(--card);border-left:3px solid #d08a00;padding:.4rem .7rem}"
          + "code{font-size:.88em;overflow-wrap:anywhere}"
          + "figure{margin:1rem 0}svg.chart{display:block;width:100%;max-width:560px;height:auto}"
          + "svg.chart.line,svg.chart.stacked_area{max-width:680px}"
          + "svg.chart text{font-size:12px;fill:var(--fg)}svg.chart .tick{font-size:10px;fill:var(--muted)}"
          + "svg.chart .grid{stroke:var(--line);fill:none}svg.chart .line{fill:none;stroke-width:2}"
          + "svg.chart .area{opacity:.85}svg.chart .break{stroke:var(--muted);stroke-dasharray:4 3;fill:none}svg.chart .whisker{stroke:var(--fg);fill:none;stroke-width:1.2}"
          + "ul.legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;"
          + "font-size:.85rem}.swatch{display:inline-block;width:.85em;height:.85em;margin-right:.3em;"
          + "vertical-align:-.1em;border-radius:2px}"
          + "details{margin:.6rem 0}summary{cursor:pointer;color:var(--accent);font-size:.92rem}"
          + ".table-wrap{overflow-x:auto;max-width:100%}"
          + "table{border-collapse:collapse;margin:.4rem 0;font-size:.86rem}"
          + "td,th{padding:3px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}"
          + "td{max-width:24rem;overflow-wrap:anywhere}th{white-space:nowrap}"
          + "td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
          + ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(21rem,100%),1fr));"
          + "gap:1rem;margin:1rem 0}article.card{background:var(--card);border:1px solid var(--line);"
          + "border-radius:8px;padding:.8rem 1rem;border-top:4px solid var(--verdict)}"
          + "article.card h3{margin:.3rem 0 .5rem;font-size:1.02rem;line-height:1.35}"
          + "article.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .7rem;margin:.4rem 0;"
          + "font-size:.88rem}article.card dt{color:var(--muted)}article.card dd{margin:0;overflow-wrap:anywhere}"
          + ".badge{display:inline-block;padding:.05rem .55rem;border-radius:1rem;font-size:.78rem;"
          + "font-weight:600;color:#fff;background:var(--verdict);text-transform:uppercase;letter-spacing:.04em}"
          + ".reason{font-size:.88rem}.said{font-size:.85rem;color:var(--muted);margin:0}"
          + ".v-consistent{--verdict:#1b7837}.v-differs{--verdict:#b2182b}"
          + ".v-not-comparable{--verdict:#b86e00}.v-no-data{--verdict:#6f7780}"
          + ".big{font-size:1.15rem;font-weight:650}"
          + ".scorecard .line{display:grid;grid-template-columns:minmax(10rem,15rem) 1fr;gap:.1rem 1rem;"
          + "padding:.45rem 0;border-bottom:1px solid var(--line)}.scorecard .window{grid-column:2;"
          + "color:var(--muted);font-size:.82rem}.scorecard a{font-weight:600}"
          + "pre.cite{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);padding:.6rem .8rem;"
          + "border-radius:6px;font-size:.82rem}"
          + "footer{max-width:50rem;margin:3rem auto 2rem;padding:0 1rem;color:var(--muted);font-size:.85rem}"
          + "main.doc{padding-bottom:3rem}main.doc table{display:block;overflow-x:auto}"
          + "@media (max-width:40rem){h1{font-size:1.6rem}.scorecard .line{grid-template-columns:1fr}"
          + "svg.chart text{font-size:17px}svg.chart .tick{font-size:15px}"
          + ".scorecard .window{grid-column:1}dl.facts{grid-template-columns:1fr}}";

  /** The indicator the report also draws over every stored snapshot ({@link Report#series()}). */
  private static final String SERIES = "downloads_by_origin";

  private HtmlReport() {}

  public static void write(Report r, PrintWriter out) {
    write(r, HtmlOptions.single(List.of(), List.of()), out);
  }

  /** The report with extra sections (e.g. the claims) right after the title block. */
  public static void write(Report r, HtmlOptions o, PrintWriter out) {
    List<Indicator> ordered = new ArrayList<>(r.indicators());
    ordered.sort(Comparator.comparingInt(i -> i.spec().number()));
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println(
        "<title>Who leads open-source AI — Open Model Observatory, snapshot "
            + r.date()
            + "</title>");
    out.println("<style>" + STYLE + "</style></head><body>");
    titleBlock(r, o, out);
    contents(ordered, o, out);
    out.println("<main>");
    for (Section s : o.top()) {
      top(s, out);
    }
    scorecard(r, o, out);
    for (Indicator i : ordered) {
      section(i, heading(i, ordered), r, o, out);
    }
    quality(r, out);
    HtmlCitation.write(r, o, out);
    out.println("</main>");
    out.println(
        "<footer><p>Written by "
            + Html.escape(o.toolVersion())
            + " on "
            + GENERATED.format(o.generatedAt())
            + ". Definitions: "
            + (o.methodology() == null
                ? "METHODOLOGY.md"
                : "<a href=\"" + o.methodology() + "\">methodology</a>")
            + ".</p></footer></body></html>");
    out.flush();
  }

  private static void titleBlock(Report r, HtmlOptions o, PrintWriter out) {
    out.println("<header class=\"title\"><p class=\"kicker\">Open Model Observatory</p>");
    out.println("<h1>Who leads open-source AI</h1>");
    out.println(
        "<p class=\"lede\">Adoption, foundation role, licenses, openness, usage and prices of open"
            + " models, measured from public data. Every figure is dated and says what it covers.</p>");
    out.println("<dl class=\"facts\">");
    fact(
        out,
        "Snapshot",
        Html.escape(
            r.date()
                + String.format(
                    " · %,d model records, %,d lineage nodes, %,d edges",
                    r.models(), r.nodes(), r.edges())));
    fact(
        out,
        "Source files",
        Html.escape(
            r.sources().size() <= 3
                ? String.join(", ", r.sources())
                : r.sources().size() + " files (listed in the JSON under snapshot.sources)"));
    fact(
        out,
        "Generated",
        Html.escape(GENERATED.format(o.generatedAt()) + " by " + o.toolVersion()));
    List<String> links = new ArrayList<>();
    if (o.dataDir() != null) {
      links.add(link(o.dataDir() + "/report-" + r.date() + ".json", "JSON", "json"));
      links.add(link(o.dataDir() + "/report-" + r.date() + ".csv", "CSV", "csv"));
    }
    if (o.methodology() != null) {
      links.add(link(o.methodology(), "Methodology", "methodology"));
    }
    links.add(link("#cite", "How to cite", "cite"));
    fact(out, "Data", String.join(" · ", links));
    o.reports().entrySet().stream()
        .filter(e -> !e.getKey().equals(r.date()))
        .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
        .forEach(
            e ->
                fact(
                    out,
                    "Other snapshot",
                    link(e.getValue(), "Report of " + e.getKey(), "other-report")));
    out.println("</dl></header>");
  }

  private static void fact(PrintWriter out, String term, String html) {
    out.println("<dt>" + Html.escape(term) + "</dt><dd>" + html + "</dd>");
  }

  private static String link(String href, String text, String cls) {
    return "<a class=\""
        + cls
        + "\" href=\""
        + Html.escape(href)
        + "\">"
        + Html.escape(text)
        + "</a>";
  }

  private static void contents(List<Indicator> ordered, HtmlOptions o, PrintWriter out) {
    out.println("<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol>");
    for (Section s : o.top()) {
      out.println("<li>" + link("#" + s.id(), s.title(), "toc") + "</li>");
    }
    out.println("<li>" + link("#scorecard", "Scorecard", "toc") + "</li>");
    out.println("<li>Indicators<ul class=\"plain\">");
    for (Indicator i : ordered) {
      out.println("<li>" + link("#" + i.spec().name(), heading(i, ordered), "toc") + "</li>");
    }
    out.println("</ul></li>");
    out.println("<li>" + link("#data_quality", "Data quality", "toc") + "</li>");
    out.println("<li>" + link("#cite", "How to cite, and data credits", "toc") + "</li>");
    out.println("</ol></nav>");
  }

  /** "1. Title", or "6.2 Title" when indicator 6 has several tables. */
  static String heading(Indicator i, List<Indicator> ordered) {
    int n = i.spec().number();
    List<Indicator> same = ordered.stream().filter(x -> x.spec().number() == n).toList();
    return same.size() == 1
        ? n + ". " + i.spec().title()
        : n + "." + (same.indexOf(i) + 1) + " " + i.spec().title();
  }

  private static void top(Section s, PrintWriter out) {
    out.printf("<section id=\"%s\"><h2>%s</h2>%n", s.id(), Html.escape(s.title()));
    out.println("<p>" + Html.escape(s.intro()) + "</p>");
    if (s.cards()) {
      ClaimCards.write(s.rows(), out);
    } else {
      HtmlTables.table(s.rows(), out);
    }
    out.println("</section>");
  }

  private static void scorecard(Report r, HtmlOptions o, PrintWriter out) {
    out.println("<section id=\"scorecard\" class=\"scorecard\"><h2>Scorecard</h2>");
    out.println(
        "<p class=\"meta\">The leading values of each headline indicator; each links to its"
            + " section. Scope: "
            + Html.escape(r.scope())
            + ".</p><div class=\"lines\">");
    for (Scorecard.Line line : Scorecard.of(r, o.stored())) {
      out.printf(
          "<div class=\"line\" data-indicator=\"%s\"><a href=\"#%s\">%s</a>"
              + "<span class=\"figures\">%s</span><span class=\"window\">%s</span></div>%n",
          line.indicator(),
          line.indicator(),
          Html.escape(line.label()),
          Html.escape(line.figures()),
          Html.escape(line.window()));
    }
    out.println("</div></section>");
  }

  private static void section(
      Indicator i, String heading, Report r, HtmlOptions o, PrintWriter out) {
    IndicatorSpec s = i.spec();
    out.printf(
        "<section id=\"%s\" class=\"indicator\"><h2>%s</h2>%n", s.name(), Html.escape(heading));
    out.println("<p class=\"definition\">" + Html.escape(s.definition()) + "</p>");
    Optional<LineageNote> lineage = LineageNote.of(i, r, o.stored());
    if (lineage.isPresent()) {
      out.println("<p class=\"note lineage\">" + lineageNote(lineage.get(), o) + "</p>");
    } else if (i.note() != null) {
      out.println("<p class=\"note\">" + Html.escape(i.note()) + "</p>");
    }
    ChartData chart = ChartData.of(s, i.rows());
    out.println(figure(s.name(), chart));
    out.println(
        "<p class=\"meta\">Window: "
            + Html.escape(i.window())
            + ". Scope: "
            + Html.escape(i.scope().replaceAll("\\.$", ""))
            + ".</p>");
    if (i.coverage() != null) {
      out.println(
          "<p class=\"meta coverage\">Attribution: "
              + Html.escape(i.coverage().sentence())
              + (chart != null && chart.series().stream().anyMatch(ChartData.Series::hasErrorBars)
                  ? "; the whiskers run from none to all of the unattributed mass given to an"
                      + " origin"
                  : "; the table's _low and _high columns bound each share by it")
              + ".</p>");
    }
    if (!i.assumptions().isEmpty()) {
      out.println("<p>Assumptions:</p><ul class=\"assumptions\">");
      i.assumptions().forEach(a -> out.println("<li>" + Html.escape(a) + "</li>"));
      out.println("</ul>");
    }
    List<String> links = new ArrayList<>();
    if (o.methodology() != null) {
      String anchor = Methodology.bundled().anchor(s.name());
      links.add(
          link(
              o.methodology() + (anchor.isEmpty() ? "" : "#" + anchor),
              "Definition",
              "definition"));
    }
    if (o.dataDir() != null) {
      String base = o.dataDir() + "/" + s.name() + "-" + r.date();
      links.add(link(base + ".csv", "CSV", "csv"));
      links.add(link(base + ".json", "JSON", "json"));
    }
    out.println(
        "<p class=\"source\">Data: "
            + Html.escape(shortCredit(s))
            + " (<a href=\"#credits\">credits</a>)."
            + (links.isEmpty() ? "" : " " + String.join(" · ", links) + ".")
            + " JSON key <code>"
            + s.name()
            + "</code>.</p>");
    HtmlTables.details(i.rows(), out);
    if (s.name().equals(SERIES)) {
      series(r.series(), out);
    }
    out.println("</section>");
  }

  /**
   * Indicator 1 over every stored snapshot, as the JSON's {@code series.downloads_by_origin} and
   * the dashboard have it: a line per origin of its share of each snapshot's own downloads, broken
   * where a snapshot is another sample than the one before it (the chart's caption says why).
   */
  private static void series(List<Map<String, Object>> rows, PrintWriter out) {
    long snapshots = rows.stream().map(row -> row.get("snapshot")).distinct().count();
    out.println("<h3 id=\"" + SERIES + "-series\">Over every stored snapshot</h3>");
    if (snapshots < 2) {
      out.println(
          "<p class=\"meta\">The database holds one snapshot: the series over snapshots starts"
              + " with it.</p>");
      return;
    }
    out.println(figure(SERIES + "-series", ChartData.of(ChartData.Layout.SERIES, rows)));
    out.println(
        "<p class=\"meta\">Window: each point is an origin's share of its own snapshot's 30-day"
            + " downloads; snapshots are different windows, never summed. Scope: every model record"
            + " of every stored snapshot. JSON key <code>series."
            + SERIES
            + "</code>.</p>");
    HtmlTables.details(rows, out);
  }

  private static String lineageNote(LineageNote note, HtmlOptions o) {
    StringBuilder b = new StringBuilder(Html.escape(note.text()));
    for (var date : note.withLineage()) {
      String href = o.reports().get(date);
      if (href != null) {
        b.append(" ").append(link(href, "Open the report of " + date + ".", "lineage-link"));
      }
    }
    return b.toString();
  }

  /** The credit line under a chart: the indicator's own sources, else the snapshot's. */
  private static String shortCredit(IndicatorSpec s) {
    if (!s.credits().isEmpty()) {
      return String.join("; ", s.credits()).replaceAll("\\.$", "");
    }
    return s.number() == 7
        ? "Hugging Face Hub model records of the snapshot; license classes from SPDX, ScanCode"
            + " LicenseDB and the Hub's license list; origins from the origin registry"
        : "Hugging Face Hub model records of the snapshot; origins from the origin registry"
            + " (Epoch AI, EOSAI, MOT)";
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
    HtmlTables.table(r.quality().summary(), out);
    out.println("<h3>Largest unattributed authors</h3>");
    HtmlTables.details(r.quality().unattributed(), out);
    out.println("<h3>Lineage repairs</h3>");
    HtmlTables.details(r.quality().lineageIssues(), out);
    out.println("<h3>Dirt met at ingest</h3>");
    HtmlTables.details(r.quality().ingestIssues(), out);
    out.println("</section>");
  }
}
