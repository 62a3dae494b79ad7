package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One computed indicator: its definition, scope and window for this report, the assumptions its
 * figures rest on, a note when it has no data, its rows, and the attribution coverage of its shares
 * by origin (null when it has none).
 */
public record Indicator(
    IndicatorSpec spec,
    String scope,
    String window,
    List<String> assumptions,
    String note,
    List<Map<String, Object>> rows,
    Coverage coverage) {
  public Indicator {
    requireNonNull(spec, "spec");
    assumptions = List.copyOf(assumptions);
    rows = List.copyOf(rows);
  }

  /** An indicator without coverage. */
  public Indicator(
      IndicatorSpec spec,
      String scope,
      String window,
      List<String> assumptions,
      String note,
      List<Map<String, Object>> rows) {
    this(spec, scope, window, assumptions, note, rows, null);
  }

  /** This indicator with its coverage. */
  public Indicator withCoverage(Coverage c) {
    return new Indicator(spec, scope, window, assumptions, note, rows, c);
  }

  /** An indicator of the snapshot, without assumptions or note. */
  public Indicator(
      IndicatorSpec spec, String scope, String window, List<Map<String, Object>> rows) {
    this(spec, scope, window, List.of(), null, rows);
  }
}
