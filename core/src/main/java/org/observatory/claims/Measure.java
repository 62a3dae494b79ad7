package org.observatory.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.observatory.report.TrendSettings;

/**
 * How to read our figure for a claim from a report: the indicator, the rows it keeps ({@code
 * where}: field → value, compared as text), the field, and how to reduce the kept rows ({@code
 * first}, {@code last} (e.g. the latest month of a monthly series), {@code max} or {@code sum}).
 * With {@code rangeLow}/{@code rangeHigh} the first kept row gives a range instead.
 *
 * @param minDownloads the scope the claim is compared in, when it filters models by their 30-day
 *     downloads as the monthly series can ({@code report --min-downloads N}; ATOM's "more than 5
 *     downloads" is 6): our figure comes from a report computed with it, whatever the report
 *     options; null for the report as computed
 */
public record Measure(
    String indicator,
    Map<String, String> where,
    String field,
    String reduce,
    String rangeLow,
    String rangeHigh,
    Long minDownloads) {
  public Measure {
    requireNonNull(indicator, "indicator");
    requireNonNull(field, "field");
    if (minDownloads != null && (minDownloads < 0 || !TrendSettings.FILTERED.contains(indicator))) {
      throw new IllegalArgumentException(
          "min_downloads (0 or more) filters only "
              + TrendSettings.FILTERED
              + ", not "
              + indicator);
    }
    where = where == null ? Map.of() : Map.copyOf(where);
    reduce = reduce == null ? "first" : reduce;
    if (!List.of("first", "last", "max", "sum").contains(reduce)) {
      throw new IllegalArgumentException("reduce must be first, last, max or sum: " + reduce);
    }
  }

  /** The rows of an indicator that this measure keeps. */
  List<Map<String, Object>> kept(List<Map<String, Object>> rows) {
    return rows.stream()
        .filter(
            r ->
                where.entrySet().stream()
                    .allMatch(w -> Objects.equals(String.valueOf(r.get(w.getKey())), w.getValue())))
        .filter(r -> r.get(field) instanceof Number)
        .toList();
  }

  /** Our figure from the kept rows, or null when none. */
  Double value(List<Map<String, Object>> kept) {
    return value(kept, field);
  }

  /** The kept rows' {@code column}, reduced as the field is; null when none. */
  Double value(List<Map<String, Object>> kept, String column) {
    if (kept.isEmpty()) {
      return null;
    }
    return switch (reduce) {
      case "max" -> kept.stream().mapToDouble(r -> number(r, column)).max().orElseThrow();
      case "sum" -> kept.stream().mapToDouble(r -> number(r, column)).sum();
      case "last" -> number(kept.get(kept.size() - 1), column);
      default -> number(kept.get(0), column);
    };
  }

  /**
   * Whether every kept row bounds the field by the unattributed mass ({@code <field>_low} and
   * {@code <field>_high}, the shares by origin of the report).
   */
  boolean hasBounds(List<Map<String, Object>> kept) {
    return !kept.isEmpty()
        && kept.stream()
            .allMatch(
                r ->
                    r.get(field + "_low") instanceof Number
                        && r.get(field + "_high") instanceof Number);
  }

  boolean isRange() {
    return rangeLow != null && rangeHigh != null;
  }

  static double number(Map<String, Object> row, String field) {
    return ((Number) row.get(field)).doubleValue();
  }
}
