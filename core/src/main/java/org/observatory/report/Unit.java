package org.observatory.report;

import java.util.Locale;

/**
 * What a chart's values are, told from the column name, and how its axis and labels write them:
 * shares as percentages, money in USD with k/M/B, prices in USD per 1M tokens, scores from 0 to 1,
 * everything else as counts (large token counts with T/B/M).
 */
public enum Unit {
  /**
   * A fraction of a whole, written as a percentage ({@code share}, {@code share_*}, {@code
   * *_share}).
   */
  SHARE("share"),
  /** US dollars ({@code *_usd}). */
  USD("USD"),
  /** US dollars per 1M tokens ({@code *price*}). */
  PRICE("USD per 1M tokens"),
  /** A score from 0 to 1 ({@code *_score}). */
  SCORE("score (0-1)"),
  /** A count (models, downloads, tokens, builders...). */
  COUNT("count");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  /** How the unit is named on an axis or in a caption. */
  public String label() {
    return label;
  }

  /** The unit of a column, by its name. */
  public static Unit of(String column) {
    if (column == null) {
      return COUNT;
    }
    if (column.equals("share")
        || column.startsWith("share_")
        || column.endsWith("_share")
        || column.contains("_share_")) {
      return SHARE;
    }
    if (column.endsWith("_usd") || column.contains("_usd_")) {
      return USD;
    }
    if (column.contains("price")) {
      return PRICE;
    }
    if (column.endsWith("_score")) {
      return SCORE;
    }
    return COUNT;
  }

  /**
   * A value as a chart label writes it: {@code 58.9%}, {@code $11.6M}, {@code 1,234}, {@code
   * 12.4T}.
   */
  public String format(double v) {
    return switch (this) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", v * 100);
      case USD -> "$" + abbreviate(v, 1);
      case PRICE -> String.format(Locale.ROOT, "$%.2f", v);
      case SCORE -> String.format(Locale.ROOT, "%.3f", v);
      case COUNT -> Math.abs(v) >= 1e7 ? abbreviate(v, 1) : whole(v);
    };
  }

  /** A value as an axis tick writes it: as {@link #format}, with fewer digits. */
  public String tick(double v) {
    return switch (this) {
      case SHARE -> String.format(Locale.ROOT, "%.0f%%", v * 100);
      case USD -> "$" + abbreviate(v, 1);
      case PRICE -> String.format(Locale.ROOT, "$%.2f", v);
      case SCORE -> String.format(Locale.ROOT, "%.2f", v);
      case COUNT -> Math.abs(v) >= 1e4 ? abbreviate(v, 1) : whole(v);
    };
  }

  private static String whole(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** 11,595,844 as {@code 11.6M}; 24.8e9 as {@code 24.8B}; 12.4e12 as {@code 12.4T}. */
  static String abbreviate(double v, int decimals) {
    double a = Math.abs(v);
    String[] suffix = {"T", "B", "M", "k"};
    double[] scale = {1e12, 1e9, 1e6, 1e3};
    for (int i = 0; i < scale.length; i++) {
      if (a >= scale[i]) {
        String n = String.format(Locale.ROOT, "%." + decimals + "f", v / scale[i]);
        return (n.endsWith(".0") ? n.substring(0, n.length() - 2) : n) + suffix[i];
      }
    }
    return whole(v);
  }
}
