package org.observatory.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.observatory.report.ReportDifference;

/**
 * Figures of two engines compared: the same columns or fields in the same order, equal texts and
 * counts, numbers within {@link #RELATIVE} relative (sums in another order differ in the last
 * bits); JSON by {@link ReportDifference}.
 */
public final class SameFigures {
  public static final double RELATIVE = ReportDifference.RELATIVE;

  private SameFigures() {}

  /** Equal rows: same columns in order; numbers within {@link #RELATIVE}; other values equal. */
  public static void assertSameRows(
      String indicator, List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
    assertThat(actual).as(indicator + ": rows").hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> e = expected.get(i);
      Map<String, Object> a = actual.get(i);
      String where = indicator + " row " + i + " " + e;
      assertThat(List.copyOf(a.keySet()))
          .as(where + ": columns")
          .isEqualTo(List.copyOf(e.keySet()));
      for (String column : e.keySet()) {
        Object ev = e.get(column);
        Object av = a.get(column);
        if (ev instanceof Number en && av instanceof Number an) {
          assertClose(where + " " + column, an.doubleValue(), en.doubleValue());
        } else {
          assertThat(av).as(where + " " + column).isEqualTo(ev);
        }
      }
    }
  }

  /** Equal JSON: the same fields in the same order, the same texts, numbers within RELATIVE. */
  public static void assertSameJson(String where, JsonNode actual, JsonNode expected) {
    assertThat(ReportDifference.first(where, actual, expected)).isEmpty();
  }

  private static void assertClose(String where, double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .as(where + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(RELATIVE * Math.max(Math.abs(actual), Math.abs(expected)));
  }
}
