package org.observatory.report;

import java.util.ArrayList;
import java.util.List;
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
          new Headline("openness_by_origin", "Openness (mean EOSAI score), by origin", 4),
          new Headline("open_weight_releases", "Open-weight releases by year (Epoch AI)", 4));

  private Scorecard() {}

  public static List<Line> of(Report r) {
    List<Line> lines = new ArrayList<>();
    for (Headline h : HEADLINES) {
      Indicator i = r.indicator(h.indicator());
      IndicatorSpec s = i.spec();
      String figures =
          Charts.rows(i.rows(), s.chartFilter()).stream()
              .limit(h.leaders())
              .map(
                  row ->
                      Charts.label(row, s.chartLabel())
                          + " "
                          + Values.human(s.chartValue(), row.get(s.chartValue())))
              .collect(Collectors.joining(", "));
      lines.add(
          new Line(
              h.indicator(), h.label(), figures.isEmpty() ? "(no data)" : figures, i.window()));
    }
    return lines;
  }
}
