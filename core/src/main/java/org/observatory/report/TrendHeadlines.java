package org.observatory.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The scorecard's sentences of the trend indicators: who overtook whom in new derivatives (with the
 * shares either side of the month), and open-weight models at or above the EU AI Act's compute
 * threshold in the latest year.
 */
final class TrendHeadlines {
  static final String CROSSOVER_LABEL = "New derivatives: challenger overtaking the leader";
  static final String COMPUTE_LABEL = "Open-weight models at or above 10^25 FLOP (Epoch AI)";

  /** The EU AI Act's presumption of systemic risk, in training FLOP. */
  private static final double EU_AI_ACT = 1e25;

  private TrendHeadlines() {}

  /** The latest crossover, or the leader's hold when there is none. */
  static Scorecard.Line crossover(Report r) {
    Indicator i = r.indicator("crossover");
    if (i.rows().isEmpty()) {
      return new Scorecard.Line(i.spec().name(), CROSSOVER_LABEL, Scorecard.NO_DATA, i.window());
    }
    Map<String, Object> latest =
        i.rows().stream()
            .filter(x -> x.get("month") != null)
            .max(Comparator.comparing(x -> (String) x.get("month")))
            .orElse(null);
    Map<String, Object> months =
        r.has("new_derivatives_by_month")
            ? r.indicator("new_derivatives_by_month").facts()
            : Map.of("first_month", "the first month", "last_month", "the last");
    String figures;
    if (latest == null) {
      List<String> pair =
          i.rows().stream().map(x -> (String) x.get("leader")).distinct().sorted().toList();
      figures =
          String.format(
              Locale.ROOT,
              "no crossover between %s-rooted and %s-rooted derivatives from %s to %s (neither stayed"
                  + " above the other for 3 months after the first)",
              pair.get(0),
              pair.size() > 1 ? pair.get(1) : "other",
              months.get("first_month"),
              months.get("last_month"));
    } else {
      String c = (String) latest.get("challenger");
      String l = (String) latest.get("leader");
      figures =
          String.format(
              Locale.ROOT,
              "%s-rooted overtook %s-rooted in %s and stayed above for %d months: %s %s vs %s %s in"
                  + " %s, %s %s vs %s %s in %s",
              c,
              l,
              latest.get("month"),
              ((Number) latest.get("months_above")).longValue(),
              c,
              pct(latest.get("challenger_share_before")),
              l,
              pct(latest.get("leader_share_before")),
              latest.get("month_before"),
              c,
              pct(latest.get("challenger_share_at")),
              l,
              pct(latest.get("leader_share_at")),
              latest.get("month"));
    }
    return new Scorecard.Line(i.spec().name(), CROSSOVER_LABEL, figures, i.window());
  }

  /**
   * The latest year's open-weight models at or above 10^25 FLOP (else the report's highest
   * threshold) by country, of all its open-weight models, and the largest per leading country.
   */
  static Scorecard.Line compute(Report r) {
    Indicator i = r.indicator("open_weight_compute");
    List<Map<String, Object>> rows = i.rows();
    Object year =
        rows.stream().map(x -> x.get("year")).filter(Objects::nonNull).findFirst().orElse(null);
    if (year == null) {
      return new Scorecard.Line(i.spec().name(), COMPUTE_LABEL, Scorecard.NO_DATA, i.window());
    }
    List<Map<String, Object>> ofYear =
        rows.stream().filter(x -> year.equals(x.get("year"))).toList();
    double threshold =
        ofYear.stream()
            .map(x -> x.get("threshold"))
            .filter(Objects::nonNull)
            .mapToDouble(t -> ((Number) t).doubleValue())
            .filter(t -> t <= EU_AI_ACT)
            .max()
            .orElse(EU_AI_ACT);
    String label = ">=" + TrendSettings.flop(threshold);
    long all =
        ofYear.stream()
            .filter(x -> "all".equals(x.get("threshold_label")))
            .mapToLong(x -> ((Number) x.get("models")).longValue())
            .sum();
    String above =
        ofYear.stream()
            .filter(x -> label.equals(x.get("threshold_label")))
            .filter(x -> ((Number) x.get("models")).longValue() > 0)
            .map(x -> x.get("origin") + " " + x.get("models"))
            .collect(Collectors.joining(", "));
    String largest =
        ofYear.stream()
            .filter(x -> "all".equals(x.get("threshold_label")) && x.get("max_flop") != null)
            .limit(3)
            .map(
                x ->
                    x.get("origin")
                        + " "
                        + String.valueOf(x.get("max_model")).strip()
                        + " ("
                        + TrendSettings.flop(((Number) x.get("max_flop")).doubleValue())
                        + ")")
            .collect(Collectors.joining(", "));
    String figures =
        String.format(
            Locale.ROOT,
            "%s: %s of %d open-weight models at %s FLOP; largest: %s",
            year,
            above.isEmpty() ? "none" : above,
            all,
            label,
            largest.isEmpty() ? "no compute estimates" : largest);
    String what =
        threshold == EU_AI_ACT
            ? COMPUTE_LABEL
            : "Open-weight models at or above "
                + TrendSettings.flop(threshold)
                + " FLOP (Epoch AI)";
    return new Scorecard.Line(i.spec().name(), what, figures, i.window());
  }

  private static String pct(Object v) {
    return v instanceof Number n
        ? String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100)
        : "-";
  }
}
