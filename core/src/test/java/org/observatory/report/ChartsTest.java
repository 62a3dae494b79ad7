package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the report's inline SVG of a line chart holds, read back from the SVG text: a point per
 * snapshot of each series, lines only between comparable snapshots, and a marked break with its
 * reason where the sample changes.
 */
class ChartsTest {
  private static final Pattern SERIES =
      Pattern.compile("<g class=\"series\" data-name=\"([^\"]+)\".*?</g>", Pattern.DOTALL);
  private static final Pattern POINT =
      Pattern.compile("<circle class=\"point\"[^>]*data-x=\"([^\"]+)\" data-value=\"([^\"]+)\"");
  private static final Pattern LINE =
      Pattern.compile(
          "<path class=\"line\"[^>]*data-from=\"([^\"]+)\" data-to=\"([^\"]+)\" d=\"([^\"]+)\"");

  /** One series of the SVG: its points (x, value) and its drawn lines (from, to, path). */
  record Drawn(String name, List<String[]> points, List<String[]> lines) {}

  private static List<Drawn> drawn(String svg) {
    List<Drawn> out = new ArrayList<>();
    Matcher g = SERIES.matcher(svg);
    while (g.find()) {
      List<String[]> points = new ArrayList<>();
      Matcher p = POINT.matcher(g.group());
      while (p.find()) {
        points.add(new String[] {p.group(1), p.group(2)});
      }
      List<String[]> lines = new ArrayList<>();
      Matcher l = LINE.matcher(g.group());
      while (l.find()) {
        lines.add(new String[] {l.group(1), l.group(2), l.group(3)});
      }
      out.add(new Drawn(g.group(1), points, lines));
    }
    return out;
  }

  @Test
  void aSeriesDrawsAPointPerSnapshotAndNoLineAcrossASnapshotOfAnotherSample() {
    String svg =
        Charts.svg(
            "series",
            ChartData.of(
                ChartData.Layout.SERIES,
                ChartDataTest.seriesOfThreeSnapshotsTheLastAnotherSample()));
    List<Drawn> series = drawn(svg);

    assertThat(series).extracting(Drawn::name).containsExactly("US", "CN");
    assertThat(series.get(0).points())
        .extracting(p -> p[0] + "=" + p[1])
        .containsExactly("2025-01-01=0.6", "2025-02-01=0.55", "2025-03-01=0.45");
    for (Drawn s : series) {
      assertThat(s.points()).as(s.name()).hasSize(3);
      assertThat(s.lines())
          .as(s.name() + ": one line, over the two comparable snapshots")
          .extracting(l -> l[0] + ".." + l[1])
          .containsExactly("2025-01-01..2025-02-01");
      assertThat(s.lines().get(0)[2]).as("two points, one segment").matches("M[^ML]+L[^ML]+");
    }
    assertThat(svg)
        .containsPattern(
            "<path class=\"break\"[^>]*><title>2025-03-01 was built from other source files than"
                + " 2025-02-01 \\(a.csv vs b.jsonl\\): not a trend</title></path>");
  }

  @Test
  void withoutFlagsOneLineJoinsEverySnapshot() {
    List<java.util.Map<String, Object>> rows =
        ChartDataTest.seriesOfThreeSnapshotsTheLastAnotherSample();
    rows.forEach(r -> r.remove("comparable"));
    String svg = Charts.svg("series", ChartData.of(ChartData.Layout.SERIES, rows));

    for (Drawn s : drawn(svg)) {
      assertThat(s.lines())
          .extracting(l -> l[0] + ".." + l[1])
          .containsExactly("2025-01-01..2025-03-01");
    }
    assertThat(svg).doesNotContain("class=\"break\"");
  }
}
