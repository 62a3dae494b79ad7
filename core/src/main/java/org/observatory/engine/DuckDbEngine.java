package org.observatory.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.lineage.LineageLoader;
import org.observatory.model.HubId;
import org.observatory.openness.OpennessTables;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.IndicatorSpec;
import org.observatory.report.ModelLookup;
import org.observatory.report.TrendSettings;
import org.observatory.store.ParquetExport;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;
import org.observatory.usage.UsageTables;

/**
 * The DuckDB engine: computes figures on the Observatory's store. It owns the preparation of a
 * snapshot: the origin registry and the snapshot's license classes loaded beside it, the lineage
 * resolved ({@link LineageLoader}), the tables every indicator reads ({@code report_prepare}:
 * {@code r_nodes}, {@code r_roots}, {@code r_edges}), and the reference datasets' tables (openness,
 * usage with its savings settings); then it runs the indicators' SQL. It also answers the typed
 * questions about one model ({@link ModelLookup}). One engine serves one thread (its store's
 * temporary tables are its own); it does not own the store.
 */
public final class DuckDbEngine implements IndicatorEngine, ModelLookup {
  /** The steps of a preparation, in order, as {@link #prepare} names them. */
  public enum Step {
    /** The origin registry and the snapshot's license classes loaded beside it. */
    LOOKUPS,
    /** The snapshot's lineage resolved and loaded ({@link LineageLoader}). */
    LINEAGE,
    /** The tables the indicators read: the snapshot's, openness and usage. */
    TABLES
  }

  private final Store store;
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;
  private final UsageSettings usage;
  private final TrendSettings trends;
  private final OriginGroups groups;

  /** The snapshot whose tables are prepared, or null. */
  private LocalDate prepared;

  /** The snapshot whose lineage alone is loaded (for {@link #roots}), or null. */
  private LocalDate lineage;

  public DuckDbEngine(Store store, OriginRegistry origins, LicenseClassifier licenses) {
    this(store, origins, licenses, UsageSettings.defaults());
  }

  /** An engine whose usage indicators use the given savings settings. */
  public DuckDbEngine(
      Store store, OriginRegistry origins, LicenseClassifier licenses, UsageSettings usage) {
    this(store, origins, licenses, usage, TrendSettings.defaults(), OriginGroups.NONE);
  }

  /**
   * An engine with every setting a report may change: the savings settings, the trend settings
   * ({@code report --min-downloads}, {@code --thresholds}) and the groups origin codes are reported
   * in ({@code report --group CN=CN,HK,MO}: every member code counted under its group's label).
   */
  public DuckDbEngine(
      Store store,
      OriginRegistry origins,
      LicenseClassifier licenses,
      UsageSettings usage,
      TrendSettings trends,
      OriginGroups groups) {
    this.store = store;
    this.origins = origins;
    this.licenses = licenses;
    this.usage = usage;
    this.trends = trends;
    this.groups = groups;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public List<SnapshotInfo> snapshots() {
    return store.snapshots();
  }

  @Override
  public String location() {
    return "the database " + store.location();
  }

  @Override
  public SnapshotInfo snapshot(LocalDate date) {
    return IndicatorEngine.super.snapshot(date);
  }

  @Override
  public void prepare(LocalDate snapshot, Consumer<String> stepDone) {
    if (snapshot.equals(prepared)) {
      return;
    }
    prepared = null;
    loadSettings();
    loadLicenses(snapshot);
    stepDone.accept(name(Step.LOOKUPS));
    new LineageLoader(store).load(snapshot);
    lineage = snapshot;
    stepDone.accept(name(Step.LINEAGE));
    store.execute("report_prepare", snapshot);
    OpennessTables.prepare(store);
    OpennessTables.link(store);
    new UsageTables(store, origins, usage, groups).prepare();
    prepared = snapshot;
    stepDone.accept(name(Step.TABLES));
  }

  /**
   * Writes what another engine (Spark) computes the report of these snapshots from, under {@code
   * dir}: each snapshot as date-partitioned Parquet ({@code models/}, {@code edges/}, {@code
   * snapshots/}, {@code snapshot_sources/}, {@code snapshot_issues/}; a date written before is
   * replaced) and the reference tables as this engine prepares them ({@code tables/NAME.parquet}:
   * the origin registry, openness, usage with the savings settings, Epoch AI), replaced.
   */
  public void export(Collection<LocalDate> snapshots, Path dir) {
    ParquetExport parquet = new ParquetExport(store);
    for (LocalDate d : snapshots) {
      parquet.exportSnapshot(snapshot(d).date(), dir);
    }
    prepared = null;
    loadSettings();
    OpennessTables.prepare(store);
    new UsageTables(store, origins, usage, groups).prepare();
    for (String table : ParquetExport.REFERENCE_TABLES) {
      parquet.exportTable(table, dir.resolve("tables").resolve(table + ".parquet"));
    }
  }

  private static String name(Step step) {
    return step.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<Map<String, Object>> run(IndicatorSpec spec, LocalDate snapshot) {
    prepare(snapshot, step -> {});
    return spec.limit() > 0 ? store.query(spec.sql(), spec.limit()) : store.query(spec.sql());
  }

  @Override
  public List<Map<String, Object>> rows(String query, LocalDate snapshot) {
    prepare(snapshot, step -> {});
    return store.query(query);
  }

  @Override
  public boolean exists(LocalDate date, HubId id) {
    return Boolean.TRUE.equals(store.query("node_exists", date, id.value()).get(0).get("known"));
  }

  @Override
  public Optional<Map<String, Object>> record(LocalDate date, HubId id) {
    return store.query("model_record", date, id.value()).stream().findFirst();
  }

  @Override
  public Optional<Map<String, Object>> source(LocalDate date, String file) {
    return store.query("model_source", date, file).stream().findFirst();
  }

  @Override
  public List<Map<String, Object>> parents(LocalDate date, HubId id) {
    return store.query("model_parents", date, id.value());
  }

  @Override
  public List<Map<String, Object>> children(LocalDate date, HubId id) {
    return store.query("model_children", date, id.value());
  }

  /** Resolves the snapshot's lineage once (kept for the next model of the same snapshot). */
  @Override
  public List<Map<String, Object>> roots(LocalDate date, HubId id) {
    if (!date.equals(lineage)) {
      prepared = null; // the indicator tables rest on the lineage loaded before
      new LineageLoader(store).load(date);
      lineage = date;
    }
    return store.query("explain_roots", id.value());
  }

  @Override
  public List<Map<String, Object>> subtree(
      LocalDate date, HubId root, String relation, int depth, int rows) {
    return store.query("lineage_subtree", date, root.value(), relation, depth, rows);
  }

  @Override
  public List<Map<String, Object>> search(LocalDate date, String text, int limit) {
    return store.query("node_search", date, text, limit);
  }

  @Override
  public void close() {
    prepared = null;
    lineage = null;
  }

  /**
   * The change by origin of the publisher from the snapshot of {@code before} to that of {@code
   * after} ({@code update}'s summary): the {@code snapshot_change} rows, with this engine's origin
   * registry and groups.
   */
  public List<Map<String, Object>> change(LocalDate before, LocalDate after) {
    prepared = null;
    loadSettings();
    return store.query("snapshot_change", before, after);
  }

  /** The origin registry (with the groups) and the trend settings as temporary tables. */
  private void loadSettings() {
    loadOrigins();
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
    store.loadTemp(
        "origin_groups",
        "origin_groups",
        rows ->
            groups
                .members()
                .forEach((label, codes) -> codes.forEach(c -> rows.add(label).add(c).endRow())));
  }

  private void loadOrigins() {
    store.loadTemp(
        "origin_table",
        "origins",
        rows -> {
          for (Origin o : origins.rows()) {
            rows.add(o.author().toLowerCase(Locale.ROOT))
                .add(o.author())
                .add(groups.apply(o.origin()))
                .add(o.orgName())
                .add(o.kind().label())
                .add(o.source())
                .endRow();
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
