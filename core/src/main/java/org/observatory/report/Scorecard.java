package org.observatory.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.observatory.store.SnapshotInfo;

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
              "derivatives_by_foundation_origin",
              "Derivatives, merges counted fully for every root",
              4),
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
          new Headline("open_weight_releases", "Open-weight releases by year (Epoch AI)", 4),
          new Headline("crossover", TrendHeadlines.CROSSOVER_LABEL, 1),
          new Headline("open_weight_compute", TrendHeadlines.COMPUTE_LABEL, 1));

  /**
   * The column of a row that holds the row's own attribution coverage (usage_share_by_week: the
   * week's), printed beside the row's figure instead of the indicator's coverage over all rows.
   */
  static final String ROW_COVERAGE = "attributed_share";

  /** The figures of a headline without rows. */
  static final String NO_DATA = "(no data)";

  private Scorecard() {}

  /**
   * The headlines of a report. A headline that rests on lineage, in a snapshot without parent
   * edges, says so and names the stored snapshots that have lineage ({@link LineageNote}): instead
   * of "(no data)", or after figures that only repeat the publisher's view.
   *
   * @param stored the stored snapshots, to name those with lineage
   */
  public static List<Line> of(Report r, List<SnapshotInfo> stored) {
    List<Line> lines = new ArrayList<>();
    for (Headline h : HEADLINES) {
      if (!r.has(h.indicator())) {
        continue;
      }
      Line line = line(r, h);
      Optional<LineageNote> note = LineageNote.of(r.indicator(h.indicator()), r, stored);
      lines.add(note.isEmpty() ? line : withoutLineage(line, note.get()));
    }
    return lines;
  }

  private static Line withoutLineage(Line line, LineageNote note) {
    String figures =
        line.figures().equals(NO_DATA)
            ? "(no lineage edges in this snapshot; " + note.where() + ")"
            : line.figures()
                + " (no lineage edges in this snapshot, so every model is its own root; "
                + note.where()
                + ")";
    return new Line(line.indicator(), line.label(), figures, line.window());
  }

  private static Line line(Report r, Headline h) {
    if (h.indicator().equals("savings")) {
      return savings(r);
    }
    if (h.label().startsWith("Derivatives, merges")) {
      return allRoots(r.indicator(h.indicator()), h);
    }
    if (h.indicator().equals("crossover")) {
      return TrendHeadlines.crossover(r);
    }
    if (h.indicator().equals("open_weight_compute")) {
      return TrendHeadlines.compute(r);
    }
    Indicator i = r.indicator(h.indicator());
    IndicatorSpec s = i.spec();
    String value = s.chartValues().get(0);
    List<Map<String, Object>> leaders =
        Charts.rows(i.rows(), s.chartFilter()).stream().limit(h.leaders()).toList();
    Coverage c = i.coverage();
    String figures =
        leaders.stream()
            .map(row -> Charts.label(row, s.chartLabel()) + " " + withBounds(value, row))
            .collect(Collectors.joining(", "));
    if (figures.isEmpty() || c == null) {
      return new Line(h.indicator(), h.label(), figures.isEmpty() ? NO_DATA : figures, i.window());
    }
    if (leaders.stream().allMatch(row -> row.get(ROW_COVERAGE) instanceof Number)) {
      // rows of a window of their own (the weeks of usage_share_by_week): each figure with its
      // own coverage, never the coverage of all the rows; once when they print the same
      List<String> each =
          leaders.stream()
              .map(row -> attributed(((Number) row.get(ROW_COVERAGE)).doubleValue(), c))
              .toList();
      if (each.stream().distinct().count() == 1) {
        figures += each.get(0) + " in each " + s.chartLabel() + " shown";
      } else {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < leaders.size(); k++) {
          Map<String, Object> row = leaders.get(k);
          parts.add(Charts.label(row, s.chartLabel()) + " " + withBounds(value, row) + each.get(k));
        }
        figures = String.join("; ", parts);
      }
    } else {
      figures += attributed(c.attributedShare(), c);
    }
    return new Line(h.indicator(), h.label(), figures, i.window());
  }

  /** ", 98.3% of downloads attributed". */
  private static String attributed(double share, Coverage c) {
    return String.format(Locale.ROOT, ", %.1f%% of %s attributed", share * 100, c.noun());
  }

  /**
   * A share with its bounds when the row has them ({@code share_low}, {@code share_high}): "58.9%
   * (58.9–60.6%)"; otherwise the value alone.
   */
  static String withBounds(String value, Map<String, Object> row) {
    String figure = Values.human(value, row.get(value));
    if (row.get(value + "_low") instanceof Number low
        && row.get(value + "_high") instanceof Number high) {
      String lo = String.format(Locale.ROOT, "%.1f", low.doubleValue() * 100);
      String hi = String.format(Locale.ROOT, "%.1f", high.doubleValue() * 100);
      // bounds that round to the figure itself (nothing unattributed that could move it) add
      // nothing
      return (lo + "%").equals(figure) && (hi + "%").equals(figure)
          ? figure
          : figure + " (" + lo + "\u2013" + hi + "%)";
    }
    return figure;
  }

  /**
   * The lineage sensitivity of indicator 4: shares of derivatives with a merge counted fully for
   * every root, beside the 1/k default ("US 60.1% (1/k: 58.9%)").
   */
  private static Line allRoots(Indicator i, Headline h) {
    String figures =
        i.rows().stream()
            .filter(row -> "total".equals(row.get("relation")))
            .filter(row -> row.get("share_all_roots") instanceof Number)
            .sorted(
                java.util.Comparator.comparingDouble(
                    (Map<String, Object> row) ->
                        -((Number) row.get("share_all_roots")).doubleValue()))
            .limit(h.leaders())
            .map(
                row ->
                    row.get("origin")
                        + " "
                        + Values.human("share", row.get("share_all_roots"))
                        + " (1/k: "
                        + Values.human("share", row.get("share"))
                        + ")")
            .collect(Collectors.joining(", "));
    return new Line(i.spec().name(), h.label(), figures.isEmpty() ? NO_DATA : figures, i.window());
  }

  /** The latest week's saving as a range, with the prices it comes from. */
  private static Line savings(Report r) {
    Indicator i = r.indicator("savings");
    String label = "Saving if closed demand moved to open models";
    if (i.rows().isEmpty()) {
      return new Line(i.spec().name(), label, NO_DATA, i.window());
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
