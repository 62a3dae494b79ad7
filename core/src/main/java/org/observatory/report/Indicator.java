package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One computed indicator: its definition, scope and window for this report, the assumptions its
 * figures rest on, a note when it has no data, its rows, facts about this run that the JSON report
 * adds to its {@code meta} (e.g. the month range and the settings of a monthly series), and the
 * attribution coverage of its shares by origin (null when it has none).
 */
public record Indicator(
    IndicatorSpec spec,
    String scope,
    String window,
    List<String> assumptions,
    String note,
    List<Map<String, Object>> rows,
    Map<String, Object> facts,
    Coverage coverage) {
  public Indicator {
    requireNonNull(spec, "spec");
    assumptions = List.copyOf(assumptions);
    rows = List.copyOf(rows);
    facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }

  /** An indicator without facts of its own or coverage. */
  public Indicator(
      IndicatorSpec spec,
      String scope,
      String window,
      List<String> assumptions,
      String note,
      List<Map<String, Object>> rows) {
    this(spec, scope, window, assumptions, note, rows, Map.of(), null);
  }

  /** This indicator with its coverage. */
  public Indicator withCoverage(Coverage c) {
    return new Indicator(spec, scope, window, assumptions, note, rows, facts, c);
  }

  /** An indicator of the snapshot, without assumptions or note. */
  public Indicator(
      IndicatorSpec spec, String scope, String window, List<Map<String, Object>> rows) {
    this(spec, scope, window, List.of(), null, rows);
  }
}
