package org.observatory.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a run of a trend indicator rests on, for its {@code meta} and the {@code {placeholders}} of
 * its scope and window: the monthly series' month range (first and last dated month, how many
 * months hold rows, the undated count) and {@code min_downloads}; the compute thresholds of {@code
 * open_weight_compute}.
 */
final class TrendFacts {
  private static final Set<String> MONTHLY =
      Set.of("new_derivatives_by_month", "new_models_by_month");

  private TrendFacts() {}

  static Map<String, Object> of(
      IndicatorSpec spec, List<Map<String, Object>> rows, TrendSettings settings) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (MONTHLY.contains(spec.name())) {
      TreeSet<String> months = new TreeSet<>();
      String count = spec.name().equals("new_derivatives_by_month") ? "derivatives" : "models";
      double undated = 0;
      for (Map<String, Object> r : rows) {
        String month = String.valueOf(r.get("month"));
        if (month.equals("undated")) {
          undated += r.get(count) instanceof Number n ? n.doubleValue() : 0;
        } else {
          months.add(month);
        }
      }
      facts.put("first_month", months.isEmpty() ? "none" : months.first());
      facts.put("last_month", months.isEmpty() ? "none" : months.last());
      facts.put("dated_months", months.size());
      facts.put("undated", undated == Math.rint(undated) ? (Object) (long) undated : undated);
    }
    if (TrendSettings.FILTERED.contains(spec.name())) {
      facts.put("min_downloads", settings.minDownloads());
    }
    if (spec.name().equals("open_weight_compute")) {
      facts.put("thresholds", settings.thresholds());
      facts.put("thresholds_text", settings.thresholdsText());
    }
    return facts;
  }

  /** {@code text} with each {@code {fact}} replaced by its value. */
  static String fill(String text, Map<String, Object> facts) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
    }
    return out;
  }
}
