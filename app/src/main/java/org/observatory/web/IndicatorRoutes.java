package org.observatory.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.observatory.report.CsvReport;
import org.observatory.report.Indicator;
import org.observatory.report.IndicatorSpec;
import org.observatory.report.Report;
import org.observatory.report.Scorecard;

/**
 * The report's figures over HTTP: the whole report, every indicator (rows exactly as in {@code
 * report --format json}, optionally filtered), its CSV, two snapshots side by side, the time series
 * and the scorecard. Generic over the indicator catalog: a new indicator in the report is served
 * without a change here.
 */
final class IndicatorRoutes {
  /** The report's one time series ({@code series.downloads_by_origin} of the JSON report). */
  static final String SERIES = "downloads_by_origin";

  private final ServedDatabase db;
  private final Figures figures;

  IndicatorRoutes(ServedDatabase db, Figures figures) {
    this.db = db;
    this.figures = figures;
  }

  /** {@code GET /api/v1/report}: the JSON of {@code report --format json}. */
  void report(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      ctx.json(figures.report(g, new Params(ctx).snapshot("snapshot", g)).json());
    }
  }

  /** {@code GET /api/v1/indicators}: every indicator of the report with its meta. */
  void list(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      LocalDate d = new Params(ctx).snapshot("snapshot", g);
      ReportView v = figures.report(g, d);
      ObjectNode out = JsonValues.object();
      out.put("snapshot", d.toString());
      out.put("scope", v.report().scope());
      ArrayNode list = out.putArray("indicators");
      TreeSet<String> origins = new TreeSet<>();
      for (Indicator i : v.report().indicators()) {
        ObjectNode m = meta(i);
        m.put("rows", i.rows().size());
        m.set("links", links(i.spec().name(), d, RowFilter.NONE));
        list.add(m);
        i.rows().forEach(r -> addOrigin(r, origins));
      }
      v.report().series().forEach(r -> addOrigin(r, origins));
      out.set("origins", JsonValues.strings(List.copyOf(origins)));
      out.set("relations", JsonValues.strings(Params.RELATIONS));
      out.set("license_classes", JsonValues.strings(Params.LICENSE_CLASSES));
      out.set("palette", ChartJson.palette());
      ObjectNode names = out.putObject("origin_names");
      origins.forEach(
          o -> org.observatory.origin.CountryNames.name(o).ifPresent(n -> names.put(o, n)));
      out.set("credits", v.json().get("credits"));
      ctx.json(out);
    }
  }

  /** {@code GET /api/v1/indicators/{name}}: one indicator's rows, filtered. */
  void one(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate d = p.snapshot("snapshot", g);
      ctx.json(body(figures.report(g, d), ctx.pathParam("name"), p.filter(), g.snapshots()));
    }
  }

  /** {@code GET /api/v1/indicators/{name}/csv}: the same rows as CSV. */
  void csv(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate d = p.snapshot("snapshot", g);
      String name = ctx.pathParam("name");
      Indicator i = figures.report(g, d).indicator(name);
      RowFilter f = p.filter();
      List<Map<String, Object>> rows = f.keep(i.rows()).stream().map(i.rows()::get).toList();
      sendCsv(ctx, rows, name + "-" + d);
    }
  }

  /** {@code GET /api/v1/compare/{name}?a=&b=}: one indicator in two snapshots. */
  void compare(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate a = p.requiredSnapshot("a", g);
      LocalDate b = p.requiredSnapshot("b", g);
      String name = ctx.pathParam("name");
      RowFilter f = p.filter();
      ObjectNode out = JsonValues.object();
      out.put("indicator", name);
      out.set("a", body(figures.report(g, a), name, f, g.snapshots()));
      out.set("b", body(figures.report(g, b), name, f, g.snapshots()));
      out.put(
          "note",
          "Each side is its own snapshot and window: compare shares, never add the two sides.");
      ctx.json(out);
    }
  }

  /** {@code GET /api/v1/series/{name}}: indicator 1 for every stored snapshot. */
  void series(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      ReportView v = seriesReport(g, ctx.pathParam("name"));
      List<Map<String, Object>> all = v.report().series();
      RowFilter f = new RowFilter(p.filter().origin(), null, null);
      ObjectNode out = JsonValues.object();
      out.put("series", SERIES);
      out.put("title", "Downloads by origin of the publisher, every stored snapshot");
      out.put(
          "window",
          "each row: 30-day downloads as of its snapshot date; rows of different snapshots are"
              + " different windows and must never be summed");
      out.put("scope", "every model record of every stored snapshot");
      out.set("filters", JsonValues.MAPPER.valueToTree(f.applied(all)));
      ArrayNode rows = out.putArray("rows");
      JsonNode json = v.json().path("series").path(SERIES);
      List<Integer> kept = f.keep(all);
      kept.forEach(i -> rows.add(json.get(i)));
      out.set(
          "chart_data",
          ChartJson.json(
              org.observatory.report.ChartData.of(
                  org.observatory.report.ChartData.Layout.SERIES,
                  kept.stream().map(all::get).toList())));
      out.put("csv", "/api/v1/series/" + SERIES + "/csv?" + f.query().replaceFirst("^&", ""));
      out.set("breaks", breaks(all));
      out.set("credits", v.json().get("credits"));
      ctx.json(out);
    }
  }

  /**
   * The snapshots not comparable with the one before them (built from other source files): a chart
   * draws no line into them.
   */
  private static ArrayNode breaks(List<Map<String, Object>> series) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (Map<String, Object> r : series) {
      if (Boolean.FALSE.equals(r.get("comparable"))) {
        out.add(String.valueOf(r.get("snapshot")));
      }
    }
    return JsonValues.strings(List.copyOf(out));
  }

  /** {@code GET /api/v1/series/{name}/csv}. */
  void seriesCsv(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      ReportView v = seriesReport(g, ctx.pathParam("name"));
      RowFilter f = new RowFilter(new Params(ctx).filter().origin(), null, null);
      List<Map<String, Object>> all = v.report().series();
      sendCsv(ctx, f.keep(all).stream().map(all::get).toList(), SERIES + "-series");
    }
  }

  /** {@code GET /api/v1/scorecard}: the headline figures of a snapshot. */
  void scorecard(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      LocalDate d = new Params(ctx).snapshot("snapshot", g);
      ReportView v = figures.report(g, d);
      ObjectNode out = JsonValues.object();
      out.put("snapshot", d.toString());
      out.put("scope", v.report().scope());
      ArrayNode lines = out.putArray("lines");
      for (Scorecard.Line line : Scorecard.of(v.report(), g.snapshots())) {
        ObjectNode l = lines.addObject();
        l.put("indicator", line.indicator());
        l.put("label", line.label());
        l.put("figures", line.figures());
        l.put("window", line.window());
        l.put("csv", "/api/v1/indicators/" + line.indicator() + "/csv?snapshot=" + d);
      }
      out.set("credits", v.json().get("credits"));
      ctx.json(out);
    }
  }

  private ReportView seriesReport(Generation g, String name) {
    if (!SERIES.equals(name)) {
      throw new NotFoundException("no series " + name + "; the report has [" + SERIES + "]");
    }
    LocalDate latest =
        g.latest().orElseThrow(() -> new NotFoundException("the database holds no snapshot"));
    return figures.report(g, latest);
  }

  /**
   * One indicator of a report: meta, the filters that applied, the rows they keep, the chart, and
   * why it is empty or trivial when the snapshot lacks the lineage it rests on.
   */
  static ObjectNode body(
      ReportView v, String name, RowFilter f, List<org.observatory.store.SnapshotInfo> stored) {
    Indicator i = v.indicator(name);
    Report r = v.report();
    ObjectNode out = meta(i);
    out.put("snapshot", r.date().toString());
    out.set("filters", JsonValues.MAPPER.valueToTree(f.applied(i.rows())));
    out.set("ignored_filters", JsonValues.MAPPER.valueToTree(f.ignored(i.rows())));
    out.put("rows_total", i.rows().size());
    ArrayNode rows = out.putArray("rows");
    JsonNode json = v.rows(name);
    List<Integer> kept = f.keep(i.rows());
    kept.forEach(k -> rows.add(json.get(k)));
    out.set("chart_data", ChartJson.of(i.spec(), kept.stream().map(i.rows()::get).toList(), f));
    out.set("links", links(name, r.date(), f));
    out.set("credits", v.json().get("credits"));
    out.set("indicator_credits", JsonValues.strings(i.spec().credits()));
    org.observatory.report.LineageNote.of(i, r, stored)
        .ifPresent(
            n -> {
              ObjectNode note = out.putObject("lineage_note");
              note.put("text", n.text());
              note.set("snapshots", JsonValues.strings(n.withLineage()));
            });
    return out;
  }

  private static ObjectNode meta(Indicator i) {
    IndicatorSpec s = i.spec();
    ObjectNode m = JsonValues.object();
    m.put("indicator", s.name());
    m.put("number", s.number());
    m.put("title", s.title());
    m.put("definition", s.definition());
    m.put("scope", i.scope());
    m.put("window", i.window());
    ObjectNode chart = m.putObject("chart");
    chart.put("label", s.chartLabel());
    chart.set("label_columns", JsonValues.strings(s.chartLabelColumns()));
    chart.put("value", s.chartValue());
    chart.put("filter", s.chartFilter());
    chart.put("kind", s.chart());
    chart.put("x", s.chartX());
    chart.put("series", s.chartSeries());
    String anchor = org.observatory.report.Methodology.bundled().anchor(s.name());
    m.put("methodology", "/methodology" + (anchor.isEmpty() ? "" : "#" + anchor));
    chart.put(
        "unit",
        org.observatory.report.Unit.of(s.chartValues().isEmpty() ? null : s.chartValues().get(0))
            .name()
            .toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  private static ObjectNode links(String name, LocalDate d, RowFilter f) {
    ObjectNode l = JsonValues.object();
    l.put("json", "/api/v1/indicators/" + name + "?snapshot=" + d + f.query());
    l.put("csv", "/api/v1/indicators/" + name + "/csv?snapshot=" + d + f.query());
    return l;
  }

  private static void addOrigin(Map<String, Object> row, TreeSet<String> origins) {
    Object o = row.get("origin");
    if (o instanceof String s) {
      origins.add(s);
    }
  }

  static void sendCsv(Context ctx, List<Map<String, Object>> rows, String fileName) {
    StringWriter w = new StringWriter();
    CsvReport.writeRows(rows, w);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
    ctx.result(w.toString());
  }
}
