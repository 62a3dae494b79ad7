package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.observatory.license.LicenseClassifier;
import org.observatory.store.SnapshotInfo;
import org.observatory.usage.UsageScope;

/**
 * Builds the report of one snapshot from an engine's results and the catalog's metadata: the engine
 * prepares the snapshot and runs every indicator, the data-quality queries, the time series, the
 * attribution coverage and the provenance queries; this adds each indicator's definition, scope,
 * window, assumptions and notes, and the credits. The same for every engine, so DuckDB and Spark
 * write the same report. The settings a report was computed with (origin groups, trend settings)
 * are read back from the engine's prepared tables, so they are those of the engine.
 */
public final class ReportBuilder {
  private final IndicatorEngine engine;
  private final List<IndicatorSpec> specs;

  public ReportBuilder(IndicatorEngine engine) {
    this(engine, IndicatorCatalog.bundled());
  }

  private ReportBuilder(IndicatorEngine engine, List<IndicatorSpec> specs) {
    this.engine = engine;
    this.specs = specs;
  }

  /**
   * A builder of reports holding only the indicators named (e.g. those a claim reads, with the
   * settings it states), so that the others are not computed; the report's other parts are whole.
   */
  public ReportBuilder only(java.util.Collection<String> names) {
    return new ReportBuilder(engine, specs.stream().filter(s -> names.contains(s.name())).toList());
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
    Map<String, List<String>> groups = groups(d);
    TrendSettings trends = trendSettings(d);
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
            List.of(),
            groups,
            SourceProvenance.NONE);
    Map<String, Coverage> coverage = new HashMap<>();
    for (Map<String, Object> row : engine.rows("report/coverage", d)) {
      Coverage c = Coverage.of(row);
      coverage.put(c.basis(), c);
    }
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      List<Map<String, Object>> rows = engine.run(spec, d);
      Map<String, Object> facts = TrendFacts.of(spec, rows, trends);
      Indicator indicator =
          spec.usage()
              ? usageIndicator(spec, usageScope, rows)
              : new Indicator(
                  spec,
                  TrendFacts.fill(scope(spec, d, scopeOnly), facts),
                  TrendFacts.fill(spec.window().replace("{date}", d.toString()), facts),
                  List.of(),
                  rows.isEmpty() ? TrendFacts.fill(spec.emptyNote(), facts) : null,
                  rows,
                  facts,
                  null);
      Coverage c = spec.coverage() == null ? null : coverage.get(spec.coverage());
      indicators.add(c == null || c.total() == 0 ? indicator : indicator.withCoverage(c));
    }
    DataQuality quality =
        new DataQuality(
            engine.rows("report/quality_summary", d),
            engine.rows("report/quality_unattributed", d),
            engine.rows("report/quality_lineage_issues", d),
            engine.rows("report/snapshot_issues", d));
    List<Map<String, Object>> series =
        SeriesComparability.annotate(
            engine.rows("report/downloads_by_origin_series", d), engine.snapshots());
    SourceProvenance provenance =
        new SourceProvenance(
            engine.rows("report/provenance", d), engine.rows("report/missing_sources", d));
    stepDone.accept("indicators");
    List<String> credits =
        new ArrayList<>(usageScope.hasData() ? Credits.withUsage() : Credits.all());
    credits.addAll(provenance.credits());
    credits.addAll(licenseListCheck(d));
    return new Report(
        d,
        snapshot.models(),
        snapshot.nodes(),
        snapshot.edges(),
        sources,
        indicators,
        series,
        quality,
        credits,
        groups,
        provenance);
  }

  /** The groups the engine reports origin codes in ({@code report --group}): label → codes. */
  private Map<String, List<String>> groups(LocalDate d) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Map<String, Object> r : engine.rows("report/origin_groups", d)) {
      groups
          .computeIfAbsent(String.valueOf(r.get("label")), k -> new ArrayList<>())
          .add(String.valueOf(r.get("code")));
    }
    return groups;
  }

  /** The trend settings the engine prepared its tables with. */
  private TrendSettings trendSettings(LocalDate d) {
    long minDownloads =
        ((Number) engine.rows("report/trend_settings", d).get(0).get("min_downloads")).longValue();
    List<Double> thresholds =
        engine.rows("report/compute_thresholds", d).stream()
            .map(r -> ((Number) r.get("threshold")).doubleValue())
            .toList();
    return new TrendSettings(minDownloads, thresholds);
  }

  /**
   * When an SPDX License List was ingested (e.g. by {@code fetch licenses}), a line saying how the
   * bundled license table (made from list 3.26.0, each row with its source) compares with it. The
   * classes still come from the table: a difference is for its maintainers to review, not applied
   * silently.
   */
  private List<String> licenseListCheck(LocalDate d) {
    List<Map<String, Object>> rows = engine.rows("report/spdx_list", d);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Boolean> osi = new HashMap<>();
    rows.forEach(r -> osi.put((String) r.get("license_id"), (Boolean) r.get("osi_approved")));
    List<String> differ = LicenseClassifier.bundled().disagreements(osi);
    Map<String, Object> first = rows.get(0);
    return List.of(
        "License list: SPDX License List "
            + first.get("list_version")
            + (first.get("release_date") == null
                ? ""
                : " (released " + first.get("release_date") + ")")
            + " is loaded; the license classes use the bundled table (license/licenses.csv, made from list"
            + " 3.26.0), "
            + (differ.isEmpty()
                ? "which agrees with it on the OSI status of every SPDX license it classes."
                : "whose OSI status differs from it for "
                    + differ.size()
                    + " license(s): "
                    + String.join("; ", differ)
                    + "."));
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

  /**
   * The spec's scope line filled from its scope query, or the snapshot's scope; either way with the
   * origin groups of {@code report --group} (the snapshot's scope names them; a scope of its own,
   * such as Epoch AI's or the EOSAI index's, whose origins are grouped too, gets them appended).
   */
  private String scope(IndicatorSpec spec, LocalDate d, Report snapshot) {
    if (spec.scope() == null) {
      return snapshot.scope();
    }
    String scope =
        spec.scope().contains("{snapshot}")
            ? spec.scope().replace("{snapshot}", snapshot.scope())
            : spec.scope() + snapshot.groupsNote();
    if (spec.scopeSql() != null) {
      for (Map.Entry<String, Object> e : engine.rows(spec.scopeSql(), d).get(0).entrySet()) {
        scope = scope.replace("{" + e.getKey() + "}", Values.human(e.getKey(), e.getValue()));
      }
    }
    return scope;
  }
}
