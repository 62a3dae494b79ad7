package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.lineage.LineageLoader;
import org.observatory.openness.OpennessTables;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.usage.UsageScope;
import org.observatory.usage.UsageSettings;
import org.observatory.usage.UsageTables;

/**
 * Computes the report of one snapshot on the store: loads the origin registry, the license classes
 * and the resolved lineage beside the snapshot, and the usage tables beside the usage data, then
 * runs every indicator's SQL.
 */
public final class ReportBuilder {
  private static final int QUALITY_ROWS = 25;

  private final Store store;
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;
  private final UsageSettings usage;
  private final TrendSettings trends;
  private final List<IndicatorSpec> specs;
  private OriginGroups groups = OriginGroups.NONE;

  public ReportBuilder(Store store, OriginRegistry origins, LicenseClassifier licenses) {
    this(store, origins, licenses, UsageSettings.defaults());
  }

  /** A builder whose usage indicators use the given savings settings. */
  public ReportBuilder(
      Store store, OriginRegistry origins, LicenseClassifier licenses, UsageSettings usage) {
    this(store, origins, licenses, usage, TrendSettings.defaults());
  }

  /** A builder whose usage and trend indicators use the given settings. */
  public ReportBuilder(
      Store store,
      OriginRegistry origins,
      LicenseClassifier licenses,
      UsageSettings usage,
      TrendSettings trends) {
    this.store = store;
    this.origins = origins;
    this.licenses = licenses;
    this.usage = usage;
    this.trends = trends;
    this.specs = IndicatorCatalog.bundled();
  }

  /**
   * This builder reporting origin codes in groups ({@code report --group CN=CN,HK,MO}): every
   * member code is counted under its group's label.
   */
  public ReportBuilder withGroups(OriginGroups g) {
    this.groups = g;
    return this;
  }

  /** The steps of a build, in order; see {@link #build(LocalDate, Consumer)}. */
  public enum Step {
    /** The origin registry and the snapshot's license classes loaded beside it. */
    LOOKUPS,
    /** The snapshot's lineage resolved and loaded ({@link LineageLoader}). */
    LINEAGE,
    /** Every indicator, the time series and the data-quality tables computed. */
    INDICATORS
  }

  /** The report of the snapshot of {@code date}, or of the latest snapshot when null. */
  public Report build(LocalDate date) {
    return build(date, step -> {});
  }

  /**
   * As {@link #build(LocalDate)}, telling {@code stepDone} as each step ends (benchmarks time
   * them).
   */
  public Report build(LocalDate date, Consumer<Step> stepDone) {
    SnapshotInfo snapshot = snapshot(date);
    LocalDate d = snapshot.date();
    prepare(d, stepDone);
    OpennessTables.prepare(store);
    UsageScope usageScope = new UsageTables(store, origins, usage, groups).prepare();
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
            groups.members(),
            SourceProvenance.NONE);
    Map<String, Coverage> coverage = new java.util.HashMap<>();
    for (Map<String, Object> row : store.query("coverage")) {
      Coverage c = Coverage.of(row);
      coverage.put(c.basis(), c);
    }
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      List<Map<String, Object>> rows =
          spec.limit() > 0 ? store.query(spec.sql(), spec.limit()) : store.query(spec.sql());
      Map<String, Object> facts = TrendFacts.of(spec, rows, trends);
      Indicator indicator =
          spec.usage()
              ? usageIndicator(spec, usageScope, rows)
              : new Indicator(
                  spec,
                  TrendFacts.fill(scope(spec, scopeOnly.scope()), facts),
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
            store.query("quality_summary"),
            store.query("quality_unattributed", QUALITY_ROWS),
            store.query("quality_lineage_issues", QUALITY_ROWS),
            store.query("snapshot_issues", d));
    List<Map<String, Object>> series =
        SeriesComparability.annotate(
            store.query("indicators/downloads_by_origin_series"), store.snapshots());
    SourceProvenance provenance =
        new SourceProvenance(
            store.query("report_provenance", d), store.query("report_missing_sources", d));
    stepDone.accept(Step.INDICATORS);
    List<String> credits =
        new ArrayList<>(usageScope.hasData() ? Credits.withUsage() : Credits.all());
    credits.addAll(provenance.credits());
    credits.addAll(licenseListCheck());
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
        groups.members(),
        provenance);
  }

  /**
   * When an SPDX License List was ingested (e.g. by {@code fetch licenses}), a line saying how the
   * bundled license table (made from list 3.26.0, each row with its source) compares with it. The
   * classes still come from the table: a difference is for its maintainers to review, not applied
   * silently.
   */
  private List<String> licenseListCheck() {
    List<Map<String, Object>> rows = store.query("spdx_list");
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Boolean> osi = new java.util.HashMap<>();
    rows.forEach(r -> osi.put((String) r.get("license_id"), (Boolean) r.get("osi_approved")));
    List<String> differ = licenses.disagreements(osi);
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

  /**
   * Loads the lookups and the lineage of the snapshot of {@code date} and builds the tables the
   * snapshot indicators read ({@code r_nodes}, {@code r_roots}, {@code r_edges}).
   */
  public void prepare(LocalDate date) {
    prepare(snapshot(date).date(), step -> {});
  }

  private void prepare(LocalDate d, Consumer<Step> stepDone) {
    loadOrigins();
    loadLicenses(d);
    loadTrendSettings();
    stepDone.accept(Step.LOOKUPS);
    new LineageLoader(store).load(d);
    stepDone.accept(Step.LINEAGE);
    store.execute("report_prepare", d);
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
    Map<String, String> values = scope.placeholders(usage);
    return new Indicator(
        spec,
        UsageScope.fill(spec.scope(), values),
        UsageScope.fill(spec.window(), values),
        spec.assumptions().stream().map(a -> UsageScope.fill(a, values)).toList(),
        null,
        rows);
  }

  /** The spec's scope line filled from its scope query, or the snapshot's scope. */
  private String scope(IndicatorSpec spec, String snapshotScope) {
    if (spec.scope() == null) {
      return snapshotScope;
    }
    String scope = spec.scope().replace("{snapshot}", snapshotScope);
    if (spec.scopeSql() != null) {
      for (Map.Entry<String, Object> e : store.query(spec.scopeSql()).get(0).entrySet()) {
        scope = scope.replace("{" + e.getKey() + "}", Values.human(e.getKey(), e.getValue()));
      }
    }
    return scope;
  }

  private SnapshotInfo snapshot(LocalDate date) {
    return store.snapshot(date);
  }

  /**
   * Loads the origin registry as the temporary table {@code origins} (author_key, author, origin,
   * org_name, kind, source), for SQL beside the report's (update's change by origin).
   */
  public void loadOrigins() {
    store.loadTemp(
        "origin_table",
        "origins",
        rows -> {
          for (Origin o : origins.rows()) {
            rows.add(o.author().toLowerCase(java.util.Locale.ROOT))
                .add(o.author())
                .add(groups.apply(o.origin()))
                .add(o.orgName())
                .add(o.kind().label())
                .add(o.source())
                .endRow();
          }
        });
  }

  private void loadTrendSettings() {
    store.loadTemp(
        "trend_settings", "trend_settings", rows -> rows.add(trends.minDownloads()).endRow());
    store.loadTemp(
        "compute_thresholds",
        "compute_thresholds",
        rows -> {
          for (double t : trends.thresholds()) {
            rows.add(t).add(">=" + TrendSettings.flop(t)).endRow();
          }
        });
  }

  private void loadLicenses(LocalDate d) {
    List<String[]> combos = new ArrayList<>();
    store.stream(
        "snapshot_licenses",
        row -> combos.add(new String[] {row.getString(1), row.getString(2), row.getString(3)}),
        d);
    store.loadTemp(
        "license_table",
        "model_license",
        rows -> {
          for (String[] c : combos) {
            LicenseVerdict v = licenses.classify(c[0], c[1], c[2]);
            rows.add(c[0]).add(c[1]).add(c[2]).add(v.key()).add(v.licenseClass().key()).endRow();
          }
        });
  }
}
