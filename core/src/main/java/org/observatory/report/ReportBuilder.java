package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.observatory.store.SnapshotInfo;
import org.observatory.usage.UsageScope;

/**
 * Builds the report of one snapshot from an engine's results and the catalog's metadata: the engine
 * prepares the snapshot and runs every indicator, the data-quality queries and the time series;
 * this adds each indicator's definition, scope, window, assumptions and notes, and the credits. The
 * same for every engine, so DuckDB and Spark write the same report.
 */
public final class ReportBuilder {
  private final IndicatorEngine engine;
  private final List<IndicatorSpec> specs;

  public ReportBuilder(IndicatorEngine engine) {
    this.engine = engine;
    this.specs = IndicatorCatalog.bundled();
  }

  /** The report of the snapshot of {@code date}, or of the latest snapshot when null. */
  public Report build(LocalDate date) {
    return build(date, step -> {});
  }

  /**
   * As {@link #build(LocalDate)}, telling {@code stepDone} the name of each step as it ends: the
   * engine's preparation steps, then {@code indicators} (benchmarks time them).
   */
  public Report build(LocalDate date, Consumer<String> stepDone) {
    SnapshotInfo snapshot = engine.snapshot(date);
    LocalDate d = snapshot.date();
    engine.prepare(d, stepDone);
    UsageScope usageScope = UsageScope.of(engine.rows("usage/usage_window", d).get(0));
    List<String> sources = snapshot.sources().stream().map(s -> s.fileName()).toList();
    Report scopeOnly =
        new Report(
            d,
            snapshot.models(),
            snapshot.nodes(),
            snapshot.edges(),
            sources,
            List.of(),
            List.of(),
            new DataQuality(List.of(), List.of(), List.of(), List.of()),
            List.of());
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      List<Map<String, Object>> rows = engine.run(spec, d);
      indicators.add(
          spec.usage()
              ? usageIndicator(spec, usageScope, rows)
              : new Indicator(
                  spec,
                  scope(spec, d, scopeOnly.scope()),
                  spec.window().replace("{date}", d.toString()),
                  List.of(),
                  rows.isEmpty() ? spec.emptyNote() : null,
                  rows));
    }
    DataQuality quality =
        new DataQuality(
            engine.rows("report/quality_summary", d),
            engine.rows("report/quality_unattributed", d),
            engine.rows("report/quality_lineage_issues", d),
            engine.rows("report/snapshot_issues", d));
    List<Map<String, Object>> series = engine.rows("report/downloads_by_origin_series", d);
    stepDone.accept("indicators");
    return new Report(
        d,
        snapshot.models(),
        snapshot.nodes(),
        snapshot.edges(),
        sources,
        indicators,
        series,
        quality,
        usageScope.hasData() ? Credits.withUsage() : Credits.all());
  }

  /** An indicator of the usage data: its scope and window from the weeks loaded, or a note. */
  private Indicator usageIndicator(
      IndicatorSpec spec, UsageScope scope, List<Map<String, Object>> rows) {
    if (!scope.hasData()) {
      return new Indicator(
          spec,
          "no usage data loaded",
          "no usage data loaded",
          List.of(),
          UsageScope.emptyNote(),
          rows);
    }
    Map<String, String> values = scope.placeholders();
    return new Indicator(
        spec,
        UsageScope.fill(spec.scope(), values),
        UsageScope.fill(spec.window(), values),
        spec.assumptions().stream().map(a -> UsageScope.fill(a, values)).toList(),
        null,
        rows);
  }

  /** The spec's scope line filled from its scope query, or the snapshot's scope. */
  private String scope(IndicatorSpec spec, LocalDate d, String snapshotScope) {
    if (spec.scope() == null) {
      return snapshotScope;
    }
    String scope = spec.scope().replace("{snapshot}", snapshotScope);
    if (spec.scopeSql() != null) {
      for (Map.Entry<String, Object> e : engine.rows(spec.scopeSql(), d).get(0).entrySet()) {
        scope = scope.replace("{" + e.getKey() + "}", Values.human(e.getKey(), e.getValue()));
      }
    }
    return scope;
  }
}
