package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One computed indicator: its definition, scope and window for this report, the assumptions its
 * figures rest on, a note when it has no data, and its rows.
 */
public record Indicator(
    IndicatorSpec spec,
    String scope,
    String window,
    List<String> assumptions,
    String note,
    List<Map<String, Object>> rows) {
  public Indicator {
    requireNonNull(spec, "spec");
    assumptions = List.copyOf(assumptions);
    rows = List.copyOf(rows);
  }

  /** An indicator of the snapshot, without assumptions or note. */
  public Indicator(
      IndicatorSpec spec, String scope, String window, List<Map<String, Object>> rows) {
    this(spec, scope, window, List.of(), null, rows);
  }
}
