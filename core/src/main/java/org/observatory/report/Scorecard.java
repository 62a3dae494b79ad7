package org.observatory.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headline figures of a report, one line each: what is measured, the leading values, and the
 * window.
 */
public final class Scorecard {
  /**
   * One headline: the indicator, a label, the leading values as text, and the window they hold for.
   */
  public record Line(String indicator, String label, String figures, String window) {}

  private Scorecard() {}

  public static List<Line> of(Report r) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        top(
            r,
            "downloads_by_origin",
            "Downloads, by publisher's origin",
            "origin",
            "share",
            null,
            4));
    lines.add(
        top(
            r,
            "downloads_by_foundation_origin",
            "Downloads, by foundation model's origin",
            "origin",
            "share",
            null,
            4));
    lines.add(
        top(
            r,
            "first_party_downloads_by_origin",
            "First-party downloads (foundation makers' own models)",
            "origin",
            "share",
            null,
            4));
    lines.add(
        top(
            r,
            "derivatives_by_foundation_origin",
            "Derivatives, by foundation origin",
            "origin",
            "share",
            "relation=total",
            4));
    lines.add(
        top(
            r,
            "builders_by_foundation_origin",
            "Builders of derivatives, by foundation origin",
            "origin",
            "share",
            null,
            4));
    lines.add(
        top(
            r,
            "families_by_root_author",
            "Largest families (downloads incl. derivatives)",
            "root_author",
            "downloads",
            null,
            4));
    lines.add(
        top(
            r,
            "license_classes",
            "Downloads by license class",
            "class",
            "share_downloads",
            null,
            5));
    lines.add(
        top(r, "concentration", "Top-10 share of downloads", "level", "top10_share", null, 2));
    lines.add(
        top(
            r,
            "openness_by_origin",
            "Openness (mean EOSAI score), by origin",
            "origin",
            "mean_eosai_score",
            null,
            4));
    return lines;
  }

  private static Line top(
      Report r, String name, String label, String key, String value, String filter, int n) {
    Indicator i = r.indicator(name);
    String figures =
        Charts.rows(i.rows(), filter).stream()
            .limit(n)
            .map(row -> row.get(key) + " " + Values.human(value, row.get(value)))
            .collect(Collectors.joining(", "));
    return new Line(name, label, figures.isEmpty() ? "(no data)" : figures, i.window());
  }
}
