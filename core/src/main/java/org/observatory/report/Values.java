package org.observatory.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How report values are written in text: counts with separators, shares as percentages, fractions
 * rounded.
 */
final class Values {
  private Values() {}

  /**
   * A machine-readable value: numbers in full as plain decimals (never {@code 1.51E7}: the shortest
   * decimal that reads back as the same double), nulls empty.
   */
  static String plain(Object v) {
    if (v == null) {
      return "";
    }
    if ((v instanceof Double || v instanceof Float)
        && Double.isFinite(((Number) v).doubleValue())) {
      double d = ((Number) v).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString((long) d)
          : new BigDecimal(Double.toString(d)).toPlainString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }

  /** A human-readable value for the column {@code field}. */
  static String human(String field, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number n
        && (field.equals("share")
            || field.startsWith("share_")
            || field.endsWith("_share")
            || field.contains("_share_"))) {
      return String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100);
    }
    if (v instanceof Number n && field.endsWith("_score")) {
      return String.format(Locale.ROOT, "%.3f", n.doubleValue());
    }
    if (v instanceof Number n
        && (field.contains("price")
            || field.contains("factor")
            || field.startsWith("efficiency"))) {
      return String.format(Locale.ROOT, "%,.3f", n.doubleValue());
    }
    if (v instanceof Double d) {
      return d == Math.rint(d)
          ? String.format(Locale.ROOT, "%,d", d.longValue())
          : String.format(Locale.ROOT, "%,.1f", d);
    }
    if (field.equals("year")) {
      return v.toString();
    }
    if (v instanceof Long || v instanceof Integer) {
      return String.format(Locale.ROOT, "%,d", ((Number) v).longValue());
    }
    return v.toString();
  }
}
