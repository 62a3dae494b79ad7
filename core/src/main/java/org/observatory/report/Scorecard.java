package org.observatory.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The headline figures of a report, one line each: what is measured, the leading values (the first
 * bars of the indicator's chart: same label, value and filter), and the window.
 */
public final class Scorecard {
  /**
   * One headline: the indicator, a label, the leading values as text, and the window they hold for.
   */
  public record Line(String indicator, String label, String figures, String window) {}

  private record Headline(String indicator, String label, int leaders) {}

  private static final List<Headline> HEADLINES =
      List.of(
          new Headline("downloads_by_origin", "Downloads, by publisher's origin", 4),
          new Headline(
              "downloads_by_foundation_origin", "Downloads, by foundation model's origin", 4),
          new Headline(
              "first_party_downloads_by_origin",
              "First-party downloads (foundation makers' own models)",
              4),
          new Headline("derivatives_by_foundation_origin", "Derivatives, by foundation origin", 4),
          new Headline(
              "builders_by_foundation_origin", "Builders of derivatives, by foundation origin", 4),
          new Headline(
              "families_by_root_author", "Largest families (downloads incl. derivatives)", 4),
          new Headline("license_classes", "Downloads by license class", 5),
          new Headline("concentration", "Top-10 share of downloads", 2),
          new Headline(
              "usage_share_by_week", "Chinese-made share of OpenRouter's weekly top tokens", 3),
          new Headline("savings", "Saving if closed demand moved to open models", 1),
          new Headline("openness_by_origin", "Openness (mean EOSAI score), by origin", 4),
          new Headline("open_weight_releases", "Open-weight releases by year (Epoch AI)", 4));

  private Scorecard() {}

  public static List<Line> of(Report r) {
    List<Line> lines = new ArrayList<>();
    for (Headline h : HEADLINES) {
      if (!r.has(h.indicator())) {
        continue;
      }
      if (h.indicator().equals("savings")) {
        lines.add(savings(r));
        continue;
      }
      Indicator i = r.indicator(h.indicator());
      IndicatorSpec s = i.spec();
      String value = s.chartValues().get(0);
      String figures =
          Charts.rows(i.rows(), s.chartFilter()).stream()
              .limit(h.leaders())
              .map(
                  row ->
                      Charts.label(row, s.chartLabel()) + " " + Values.human(value, row.get(value)))
              .collect(Collectors.joining(", "));
      lines.add(
          new Line(
              h.indicator(), h.label(), figures.isEmpty() ? "(no data)" : figures, i.window()));
    }
    return lines;
  }

  /** The latest week's saving as a range, with the prices it comes from. */
  private static Line savings(Report r) {
    Indicator i = r.indicator("savings");
    String label = "Saving if closed demand moved to open models";
    if (i.rows().isEmpty()) {
      return new Line(i.spec().name(), label, "(no data)", i.window());
    }
    Map<String, Object> w = i.rows().get(0);
    String figures =
        String.format(
            Locale.ROOT,
            "%s %s to %s of spend (USD %s to %s a week) with open models using %.1fx to %.1fx the"
                + " tokens; average price USD %.2f open vs %.2f closed per 1M tokens",
            w.get("week"),
            Values.human("saving_share_low", w.get("saving_share_low")),
            Values.human("saving_share_high", w.get("saving_share_high")),
            money(w.get("saving_low_usd")),
            money(w.get("saving_high_usd")),
            number(w.get("efficiency_max")),
            number(w.get("efficiency_min")),
            number(w.get("avg_price_open")),
            number(w.get("avg_price_closed")));
    return new Line(i.spec().name(), label, figures, i.window());
  }

  private static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** USD in millions or thousands, e.g. {@code 11.6M}. */
  private static String money(Object v) {
    double d = number(v);
    double a = Math.abs(d);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.1fB", d / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", d / 1e6);
    }
    return a >= 1e3
        ? String.format(Locale.ROOT, "%.1fk", d / 1e3)
        : String.format(Locale.ROOT, "%.0f", d);
  }
}
