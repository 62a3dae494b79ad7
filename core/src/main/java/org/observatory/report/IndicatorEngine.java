package org.observatory.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engine that computes the report's indicators for one snapshot from the same definitions (one
 * SQL file per indicator under {@code sql/indicators/}, named as in {@code report/indicators.yaml},
 * over the tables every engine prepares: {@code r_nodes}, {@code r_roots}, {@code r_edges}): DuckDB
 * in core ({@link DuckDbIndicatorEngine}), Apache Spark in the spark module.
 */
public interface IndicatorEngine extends AutoCloseable {

  /** Groups of indicators an engine may compute. */
  enum Capability {
    /** Indicators 1-5, 7 and 8: downloads, lineage, license classes and concentration. */
    SNAPSHOT_INDICATORS,
    /** Indicator 6: families (top-N by downloads, and by root author). */
    FAMILIES,
    /** Indicators of the reference datasets (usage 9-10, openness 11, releases 12). */
    REFERENCE_DATASETS;

    /** The capability an indicator needs. */
    public static Capability of(IndicatorSpec spec) {
      if (spec.usage() || spec.number() > 8) {
        return REFERENCE_DATASETS;
      }
      return spec.number() == 6 ? FAMILIES : SNAPSHOT_INDICATORS;
    }
  }

  /** What this engine computes. */
  Set<Capability> capabilities();

  /**
   * The rows of the indicator named {@code indicator} (e.g. {@code downloads_by_origin}) for the
   * snapshot of {@code snapshot}, in the indicator's order, as column-name maps of plain values
   * (String, Long, Double, ...).
   */
  List<Map<String, Object>> run(String indicator, LocalDate snapshot);

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
