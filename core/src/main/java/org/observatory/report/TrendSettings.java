package org.observatory.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.observatory.model.UsageException;

/**
 * What a report run may change in the trend indicators: the least 30-day downloads a model needs to
 * count in the monthly series ({@code report --min-downloads N}; 0, the default, keeps every node,
 * also those without a record) and the training-compute thresholds of {@code open_weight_compute}
 * ({@code report --thresholds 1e25,1e26}; default 10^23, 10^24, 10^25 and 10^26 FLOP).
 */
public record TrendSettings(long minDownloads, List<Double> thresholds) {
  /** 10^23..10^26 FLOP: 10^25 is the EU AI Act's systemic-risk presumption, 10^26 US EO 14110's. */
  public static final List<Double> DEFAULT_THRESHOLDS = List.of(1e23, 1e24, 1e25, 1e26);

  /** The indicators that {@code minDownloads} filters: the monthly series and the crossover. */
  public static final List<String> FILTERED =
      List.of("new_derivatives_by_month", "new_models_by_month", "crossover");

  public TrendSettings {
    if (minDownloads < 0) {
      throw new UsageException("--min-downloads must be 0 or more, not " + minDownloads);
    }
    thresholds = thresholds.stream().distinct().sorted().toList();
    if (thresholds.isEmpty()) {
      throw new UsageException("--thresholds needs at least one threshold");
    }
    for (double t : thresholds) {
      if (!(t > 0) || Double.isInfinite(t)) {
        throw new UsageException("a compute threshold must be a positive number of FLOP, not " + t);
      }
    }
  }

  public static TrendSettings defaults() {
    return new TrendSettings(0, DEFAULT_THRESHOLDS);
  }

  public TrendSettings withMinDownloads(long n) {
    return new TrendSettings(n, thresholds);
  }

  /** These settings with the thresholds of {@code 1e25,1e26} (FLOP, comma-separated). */
  public TrendSettings withThresholds(String list) {
    try {
      return new TrendSettings(
          minDownloads,
          java.util.Arrays.stream(list.split(",", -1))
              .map(String::strip)
              .map(Double::parseDouble)
              .toList());
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--thresholds takes training-compute thresholds in FLOP, comma-separated, e.g. 1e25,1e26,"
              + " not '"
              + list
              + "'");
    }
  }

  /** The thresholds as the report writes them, e.g. {@code 1e25, 1e26}. */
  public String thresholdsText() {
    return thresholds.stream().map(TrendSettings::flop).collect(Collectors.joining(", "));
  }

  /** A FLOP count in short scientific form: {@code 1e25}, {@code 3.8e25}. */
  public static String flop(double v) {
    int exp = (int) Math.floor(Math.log10(v));
    double mantissa = v / Math.pow(10, exp);
    if (Math.abs(mantissa - Math.rint(mantissa)) < 1e-9) {
      return String.format(Locale.ROOT, "%de%d", (long) Math.rint(mantissa), exp);
    }
    return String.format(Locale.ROOT, "%.2fe%d", mantissa, exp)
        .replaceFirst("0+e", "e")
        .replace(".e", "e");
  }
}
