package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a chart shows, from rows written here: order, cut, series, colours, units, error bars. */
class ChartDataTest {
  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      r.put((String) kv[i], kv[i + 1]);
    }
    return r;
  }

  private static ChartData.Layout bars(String label, String value, String filter) {
    return new ChartData.Layout("bar", List.of(label), List.of(value), filter, null, null, null);
  }

  @Test
  void barsAreSortedLargestFirstAndCutAtFifteenSayingSo() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(row("origin", "O" + i, "share", (i * 7 % 20) / 100.0));
    }
    ChartData c = ChartData.of(bars("origin", "share", null), rows);

    assertThat(c.categories()).hasSize(15);
    assertThat(c.series().get(0).values()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(c.series().get(0).values().get(0)).isEqualTo(0.19);
    assertThat(c.shows()).startsWith("the 15 largest of 20 rows by share");
    assertThat(c.unit()).isEqualTo(Unit.SHARE);
  }

  @Test
  void theCatalogFilterKeepsItsRowsAndTheCaptionSaysHowMany() {
    List<Map<String, Object>> rows =
        List.of(
            row("origin", "US", "relation", "total", "share", 0.9),
            row("origin", "US", "relation", "adapter", "share", 0.95),
            row("origin", "CN", "relation", "total", "share", 0.1));
    ChartData c = ChartData.of(bars("origin", "share", "relation=total"), rows);

    assertThat(c.categories()).containsExactly("US", "CN");
    assertThat(c.shows()).contains("only rows with relation = total (2 of 3)");
  }

  @Test
  void anOriginKeepsItsColourWhateverTheChartAndFamiliesTakeTheirOriginsColour() {
    ChartData origins =
        ChartData.of(
            bars("origin", "share", null),
            List.of(row("origin", "CN", "share", 0.6), row("origin", "US", "share", 0.4)));
    ChartData families =
        ChartData.of(
            bars("root", "downloads", null),
            List.of(
                row("root", "meta-llama/Llama-2-7b", "origin", "US", "downloads", 10),
                row("root", "deepseek-ai/DeepSeek-V3", "origin", "CN", "downloads", 5)));

    assertThat(origins.series().get(0).colors())
        .containsExactly(
            Palette.bundled().color("origin", "CN"), Palette.bundled().color("origin", "US"));
    assertThat(families.series().get(0).colors())
        .containsExactly(
            Palette.bundled().color("origin", "US"), Palette.bundled().color("origin", "CN"));
    assertThat(families.legend())
        .extracting(ChartData.LegendEntry::name)
        .containsExactly("US", "CN");
    assertThat(origins.legend()).as("bars labelled by origin need no legend").isEmpty();
    assertThat(Palette.bundled().color("origin", "ZZ"))
        .isEqualTo(Palette.bundled().color("origin", "ZZ"))
        .isNotEqualTo(Palette.bundled().fallback());
  }

  @Test
  void shareRowsWithLowAndHighGetErrorBars() {
    ChartData c =
        ChartData.of(
            bars("origin", "share", null),
            List.of(
                row("origin", "US", "share", 0.5, "share_low", 0.45, "share_high", 0.6),
                row("origin", "CN", "share", 0.3, "share_low", 0.28, "share_high", 0.41)));

    assertThat(c.series().get(0).hasErrorBars()).isTrue();
    assertThat(c.series().get(0).low()).containsExactly(0.45, 0.28);
    assertThat(c.series().get(0).high()).containsExactly(0.6, 0.41);
    assertThat(c.shows()).contains("share_low to share_high");
  }

  @Test
  void aLineOverMonthsDrawsEveryDatedPointOldestFirstAndLeavesUndatedToTheTable() {
    List<Map<String, Object>> rows =
        List.of(
            row("month", "2024-02", "origin", "CN", "derivatives", 3.0),
            row("month", "2024-01", "origin", "CN", "derivatives", 1.0),
            row("month", "2024-01", "origin", "US", "derivatives", 5.0),
            row("month", "undated", "origin", "US", "derivatives", 9.0),
            row("month", "2024-03", "origin", "US", "derivatives", 2.0));
    ChartData c =
        ChartData.of(
            new ChartData.Layout(
                "line", List.of("month"), List.of("derivatives"), null, "month", "origin", null),
            rows);

    assertThat(c.categories()).containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(c.series()).extracting(ChartData.Series::name).containsExactly("US", "CN");
    assertThat(c.series().get(0).values()).containsExactly(5.0, null, 2.0);
    assertThat(c.series().get(1).values()).containsExactly(1.0, 3.0, null);
    assertThat(c.shows()).contains("every month from 2024-01 to 2024-03 (3 points)");
    assertThat(c.shows()).contains("month 'undated' are in the table only");
  }

  /**
   * Rows of indicator 1's series as {@code SeriesComparability.annotate} writes them: 2025-02-01 is
   * the same sample as 2025-01-01, 2025-03-01 another.
   */
  static List<Map<String, Object>> seriesOfThreeSnapshotsTheLastAnotherSample() {
    String other = "built from other source files than 2025-02-01 (a.csv vs b.jsonl): not a trend";
    List<Map<String, Object>> rows = new ArrayList<>();
    Object[][] at = {
      {"2025-01-01", null, "the first stored snapshot"},
      {"2025-02-01", true, "built from the same collections of source files as 2025-01-01"},
      {"2025-03-01", false, other}
    };
    double[][] shares = {{0.6, 0.4}, {0.55, 0.45}, {0.45, 0.55}};
    for (int i = 0; i < at.length; i++) {
      rows.add(
          row(
              "snapshot", at[i][0],
              "origin", "US",
              "share", shares[i][0],
              "comparable", at[i][1],
              "comparable_reason", at[i][2]));
      rows.add(
          row(
              "snapshot", at[i][0],
              "origin", "CN",
              "share", shares[i][1],
              "comparable", at[i][1],
              "comparable_reason", at[i][2]));
    }
    return rows;
  }

  @Test
  void aLineBreaksBeforeASnapshotThatIsNotComparableAndTheCaptionSaysWhy() {
    ChartData c =
        ChartData.of(ChartData.Layout.SERIES, seriesOfThreeSnapshotsTheLastAnotherSample());

    assertThat(c.categories()).containsExactly("2025-01-01", "2025-02-01", "2025-03-01");
    assertThat(c.series()).extracting(ChartData.Series::name).containsExactly("US", "CN");
    assertThat(c.series().get(0).values()).containsExactly(0.6, 0.55, 0.45);
    assertThat(c.breaks())
        .containsExactly(
            new ChartData.Break(
                "2025-02-01",
                "2025-03-01",
                "built from other source files than 2025-02-01 (a.csv vs b.jsonl): not a trend"));
    assertThat(c.joined(1)).isTrue();
    assertThat(c.joined(2)).isFalse();
    assertThat(c.shows())
        .contains(
            "no line joins 2025-02-01 and 2025-03-01: 2025-03-01 was built from other source"
                + " files than 2025-02-01 (a.csv vs b.jsonl): not a trend");
  }

  @Test
  void rowsWithoutComparabilityFlagsJoinEveryPoint() {
    List<Map<String, Object>> rows = seriesOfThreeSnapshotsTheLastAnotherSample();
    rows.forEach(r -> r.remove("comparable"));
    ChartData c = ChartData.of(ChartData.Layout.SERIES, rows);

    assertThat(c.breaks()).isEmpty();
    assertThat(c.joined(2)).isTrue();
    assertThat(c.shows()).doesNotContain("no line joins");
  }

  @Test
  void aStackedAreaSumsTheSeriesBeyondEightIntoOther() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int o = 0; o < 10; o++) {
      rows.add(row("month", "2025-01", "origin", "O" + o, "models", 10.0 - o));
      rows.add(row("month", "2025-02", "origin", "O" + o, "models", 20.0 - o));
    }
    ChartData c =
        ChartData.of(
            new ChartData.Layout(
                "stacked_area", List.of("month"), List.of("models"), null, "month", "origin", null),
            rows);

    assertThat(c.series()).hasSize(9);
    assertThat(c.series().get(8).name()).isEqualTo("other (2)");
    assertThat(c.series().get(8).values()).containsExactly(1.0 + 2.0, 11.0 + 12.0);
    assertThat(c.shows()).contains("areas for the 8 origins with the largest totals of 10");
  }

  @Test
  void aWideRowGivesOneLinePerValueColumnEachInItsOwnColour() {
    List<Map<String, Object>> rows =
        List.of(
            row(
                "week",
                "2026-01-04",
                "cn_share",
                0.2,
                "us_share",
                0.7,
                "open_share",
                0.3,
                "cn_open_share",
                0.2),
            row(
                "week",
                "2025-12-28",
                "cn_share",
                0.1,
                "us_share",
                0.8,
                "open_share",
                0.2,
                "cn_open_share",
                0.1));
    ChartData c =
        ChartData.of(
            new ChartData.Layout(
                "line",
                List.of("week"),
                List.of("cn_share", "us_share", "open_share", "cn_open_share"),
                null,
                "week",
                null,
                null),
            rows);

    assertThat(c.categories()).containsExactly("2025-12-28", "2026-01-04");
    assertThat(c.series().get(0).values()).containsExactly(0.1, 0.2);
    assertThat(c.series().get(0).color()).isEqualTo(Palette.bundled().color("origin", "CN"));
    assertThat(c.series().get(1).color()).isEqualTo(Palette.bundled().color("origin", "US"));
    assertThat(c.series().stream().map(ChartData.Series::color).distinct()).hasSize(4);
  }

  @Test
  void aStackedBarHasOneSegmentPerSeriesAndOrdersBarsByTheSortColumn() {
    List<Map<String, Object>> rows =
        List.of(
            row("origin", "CN", "class", "osi-approved", "downloads", 10, "share_downloads", 0.5),
            row("origin", "CN", "class", "unknown", "downloads", 10, "share_downloads", 0.5),
            row("origin", "US", "class", "osi-approved", "downloads", 90, "share_downloads", 1.0));
    ChartData c =
        ChartData.of(
            new ChartData.Layout(
                "stacked_bar",
                List.of("origin"),
                List.of("share_downloads"),
                null,
                null,
                "class",
                "downloads"),
            rows);

    assertThat(c.categories()).containsExactly("US", "CN");
    assertThat(c.series())
        .extracting(ChartData.Series::name)
        .containsExactly("osi-approved", "unknown");
    assertThat(c.series().get(0).values()).containsExactly(1.0, 0.5);
    assertThat(c.series().get(1).values()).containsExactly(0.0, 0.5);
    assertThat(c.series().get(0).color())
        .isEqualTo(Palette.bundled().color("class", "osi-approved"));
  }

  @Test
  void unitsAreWrittenWithTheirSigns() {
    assertThat(Unit.of("share").format(0.589)).isEqualTo("58.9%");
    assertThat(Unit.of("saving_low_usd").format(11_595_844)).isEqualTo("$11.6M");
    assertThat(Unit.of("saving_low_usd").format(24.8e9)).isEqualTo("$24.8B");
    assertThat(Unit.of("avg_price_open").format(0.404)).isEqualTo("$0.40");
    assertThat(Unit.of("mean_eosai_score").format(0.4791)).isEqualTo("0.479");
    assertThat(Unit.of("downloads").format(1_234_567)).isEqualTo("1,234,567");
    assertThat(Unit.of("tokens").format(12.446e12)).isEqualTo("12.4T");
    assertThat(Unit.of("share").tick(0.4)).isEqualTo("40%");
  }
}
