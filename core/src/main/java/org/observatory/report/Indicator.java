package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One computed indicator: its definition, scope and window for this snapshot, and its rows.
 *
 * @param note what the report says in place of rows (the spec's empty note), or null
 */
public record Indicator(
    IndicatorSpec spec, String scope, String window, List<Map<String, Object>> rows, String note) {
  public Indicator {
    requireNonNull(spec, "spec");
    rows = List.copyOf(rows);
  }
}
