package org.observatory.usage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What usage data a report rests on: the weeks of the weekly rankings (and the number of models
 * each charts), the days of usage CSVs, and whether the models API and vendor price lists are
 * loaded, and the savings settings (token-efficiency range) the usage tables use.
 */
public record UsageScope(
    long weeks,
    LocalDate firstWeek,
    LocalDate lastWeek,
    long minCharted,
    long maxCharted,
    long days,
    LocalDate firstDay,
    LocalDate lastDay,
    long apiModels,
    long priceVendors,
    double efficiencyMin,
    double efficiencyMax) {

  /** The scope of the one row of {@code usage/usage_window}. */
  public static UsageScope of(Map<String, Object> row) {
    return new UsageScope(
        number(row.get("weeks")),
        (LocalDate) row.get("first_week"),
        (LocalDate) row.get("last_week"),
        number(row.get("min_charted")),
        number(row.get("max_charted")),
        number(row.get("days")),
        (LocalDate) row.get("first_day"),
        (LocalDate) row.get("last_day"),
        number(row.get("api_models")),
        number(row.get("price_vendors")),
        ((Number) row.get("efficiency_min")).doubleValue(),
        ((Number) row.get("efficiency_max")).doubleValue());
  }

  private static long number(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** Whether any usage data (weekly rankings or usage CSV) is loaded. */
  public boolean hasData() {
    return weeks > 0 || days > 0;
  }

  /** The N of "top-N", e.g. {@code 10} or {@code 9-10}. */
  public String charted() {
    return minCharted == maxCharted ? Long.toString(maxCharted) : minCharted + "-" + maxCharted;
  }

  /**
   * The values of the placeholders of the usage indicators' scope, window and assumptions texts:
   * {@code {weeks}, {first_week}, {last_week}, {charted}, {csv}, {api_models}, {efficiency_min},
   * {efficiency_max}} (the savings settings the usage tables were prepared with).
   */
  public Map<String, String> placeholders() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("weeks", Long.toString(weeks));
    v.put("first_week", firstWeek == null ? "-" : firstWeek.toString());
    v.put("last_week", lastWeek == null ? "-" : lastWeek.toString());
    v.put("charted", charted());
    v.put(
        "csv",
        days == 0
            ? ""
            : "; and usage CSV rows of " + days + " day(s), " + firstDay + " to " + lastDay);
    v.put("api_models", Long.toString(apiModels));
    v.put("efficiency_min", String.format(Locale.ROOT, "%.1f", efficiencyMin));
    v.put("efficiency_max", String.format(Locale.ROOT, "%.1f", efficiencyMax));
    return v;
  }

  /** Fills the placeholders of {@code text}. */
  public static String fill(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  /** The note shown instead of rows when nothing is loaded. */
  public static String emptyNote() {
    return "No usage data loaded: ingest OpenRouter weekly rankings (openrouter-weekly-top-models/*.json), the"
        + " OpenRouter models API file and vendor price lists with `observatory ingest` to fill this indicator.";
  }
}
