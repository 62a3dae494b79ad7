package org.observatory.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.observatory.store.SnapshotInfo;

/**
 * The one way to figures: an engine computes the report's indicators for one snapshot from the same
 * definitions (one SQL file per indicator under {@code sql/indicators/}, named as in {@code
 * report/indicators.yaml}, over the tables every engine prepares: {@code r_nodes}, {@code r_roots},
 * {@code r_edges}, ...), and the report's other queries (data quality, the time series, scope
 * lines) the same way. {@link ReportBuilder} builds a {@link Report} from an engine's results. The
 * DuckDB engine is {@code org.observatory.engine.DuckDbEngine}; Apache Spark's is in the spark
 * module.
 */
public interface IndicatorEngine extends AutoCloseable {

  /** Groups of indicators an engine may compute. */
  enum Capability {
    /**
     * Indicators 1-5, 7, 8, 13 and 14: downloads, lineage, license classes, concentration, the
     * monthly series and size classes of one snapshot.
     */
    SNAPSHOT_INDICATORS,
    /** Indicator 6: families (top-N by downloads, and by root author). */
    FAMILIES,
    /**
     * Indicators of the reference datasets (usage 9-10, openness 11, Epoch AI's releases 12 and
     * compute 15).
     */
    REFERENCE_DATASETS;

    private static final java.util.Set<Integer> REFERENCE = java.util.Set.of(9, 10, 11, 12, 15);

    /** The capability an indicator needs. */
    public static Capability of(IndicatorSpec spec) {
      if (spec.usage() || REFERENCE.contains(spec.number())) {
        return REFERENCE_DATASETS;
      }
      return spec.number() == 6 ? FAMILIES : SNAPSHOT_INDICATORS;
    }
  }

  /** What this engine computes. */
  Set<Capability> capabilities();

  /** Every snapshot the engine can compute, oldest first, with its counts and source files. */
  List<SnapshotInfo> snapshots();

  /** Where the engine reads, for messages (a database file, a Parquet folder). */
  String location();

  /**
   * The snapshot of {@code date}, or the latest when null; a usage error naming the stored dates
   * when there is none ({@link SnapshotInfo#resolve}, the one resolver).
   */
  default SnapshotInfo snapshot(LocalDate date) {
    return SnapshotInfo.resolve(snapshots(), date, location());
  }

  /**
   * Prepares the tables the queries of the snapshot of {@code snapshot} read (lookups, lineage, the
   * reference datasets), unless they are prepared already, telling the name of each step as it ends
   * (benchmarks time them).
   */
  void prepare(LocalDate snapshot, Consumer<String> stepDone);

  /**
   * The rows of an indicator for the snapshot of {@code snapshot}, in the indicator's order, as
   * column-name maps of plain values (String, Long, Double, LocalDate, List, ...).
   */
  List<Map<String, Object>> run(IndicatorSpec spec, LocalDate snapshot);

  /** As {@link #run(IndicatorSpec, LocalDate)}, for the bundled indicator named {@code name}. */
  default List<Map<String, Object>> run(String name, LocalDate snapshot) {
    return run(spec(name), snapshot);
  }

  /**
   * The rows of one of the report's other queries for the snapshot of {@code snapshot}: data
   * quality ({@code report/quality_summary}, ...), the time series, an indicator's scope query.
   * They take no parameters: they read the prepared tables ({@code r_snapshot} holds the date).
   */
  List<Map<String, Object>> rows(String query, LocalDate snapshot);

  /** The bundled spec of the indicator named {@code name}. */
  static IndicatorSpec spec(String name) {
    return IndicatorCatalog.bundled().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no indicator " + name));
  }

  @Override
  void close();
}
