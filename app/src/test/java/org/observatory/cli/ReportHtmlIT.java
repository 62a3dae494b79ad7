package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.browser.Browser;
import org.observatory.report.IndicatorCatalog;
import org.observatory.report.IndicatorSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The HTML report of the demo, as a reader's browser shows it: {@code demo --out DIR} writes it,
 * headless Chromium opens {@code DIR/report-2025-04-26.html}, and the page must show the scorecard,
 * every indicator, and charts whose bars are the rows of {@code report --format json} of the same
 * snapshot. The screenshot is left in {@code target/screenshots/report-2025-04-26.png}.
 */
class ReportHtmlIT {
  private static final String SNAPSHOT = "2025-04-26";

  /** The most bars a chart shows (Charts.MAX_BARS); the table under it has every row. */
  private static final int MAX_BARS = 15;

  /** The scorecard's headlines, in order (Scorecard.of). */
  private static final List<String> HEADLINES =
      List.of(
          "downloads_by_origin",
          "downloads_by_foundation_origin",
          "first_party_downloads_by_origin",
          "derivatives_by_foundation_origin",
          "builders_by_foundation_origin",
          "families_by_root_author",
          "license_classes",
          "concentration",
          "usage_share_by_week",
          "savings",
          "openness_by_origin",
          "open_weight_releases");

  @TempDir static Path tmp;
  private static JsonNode json;
  private static Browser browser;

  /** One bar of a chart, as the page holds it or as the JSON report says it should be. */
  record Bar(String label, double value) {}

  @BeforeAll
  static void writeTheDemoReportsAndOpenOne() throws IOException {
    CliRun demo = CliRun.of("demo", "--out", tmp.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    CliRun report =
        CliRun.of(
            "report",
            "--db",
            tmp.resolve("observatory.duckdb").toString(),
            "--snapshot",
            SNAPSHOT,
            "--format",
            "json");
    assertThat(report.exitCode()).as(report.err()).isZero();
    json = new ObjectMapper().readTree(report.out());

    browser = Browser.start(1280, 6000);
    browser.open(tmp.resolve("report-" + SNAPSHOT + ".html").toUri());
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<IndicatorSpec> indicators() {
    return IndicatorCatalog.bundled().stream();
  }

  @Test
  void theScorecardHasOneRowPerHeadlineLedByItsIndicatorsFirstRow() {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#scorecard tr"));

    assertThat(rows)
        .extracting(r -> r.findElement(By.tagName("a")).getDomAttribute("href"))
        .containsExactlyElementsOf(HEADLINES.stream().map(h -> "#" + h).toList());
    for (int i = 0; i < rows.size(); i++) {
      IndicatorSpec spec = spec(HEADLINES.get(i));
      String leader = firstRowLabel(spec);
      List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
      assertThat(rows.get(i).isDisplayed()).isTrue();
      assertThat(cells.get(1).getText()).as(spec.name()).startsWith(leader + " ");
    }
  }

  @Test
  void everyIndicatorHasAVisibleSectionWithItsTitle() {
    assertThat(json.get("meta").fieldNames())
        .toIterable()
        .containsExactlyElementsOf(indicators().map(IndicatorSpec::name).toList());
    for (IndicatorSpec spec : indicators().toList()) {
      WebElement section = browser.driver().findElement(By.id(spec.name()));
      assertThat(section.getTagName()).isEqualTo("section");
      assertThat(section.isDisplayed()).as(spec.name()).isTrue();
      assertThat(section.findElement(By.tagName("h2")).getText())
          .isEqualTo(spec.number() + ". " + spec.title());
      assertThat(section.findElements(By.tagName("table"))).as(spec.name()).isNotEmpty();
    }
    assertThat(browser.driver().findElement(By.id("scorecard")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("data_quality")).isDisplayed()).isTrue();
  }

  static Stream<IndicatorSpec> barCharts() {
    return indicators().filter(s -> s.chart().equals("bar"));
  }

  static Stream<IndicatorSpec> timeCharts() {
    return indicators().filter(IndicatorSpec::overTime);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("barCharts")
  void eachBarChartShowsTheLargestRowsOfTheJsonReportLargestFirst(IndicatorSpec spec) {
    List<Bar> expected = expectedBars(spec);

    assertThat(expected).as("the demo snapshot charts something").isNotEmpty();
    assertThat(bars(spec.name())).containsExactlyElementsOf(expected);
    assertThat(caption(spec.name()))
        .contains(
            expected.size() < chartedRows(spec)
                ? "the " + expected.size() + " largest of " + chartedRows(spec) + " rows"
                : "all " + expected.size() + " rows");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeCharts")
  void eachTimeChartDrawsEveryDatedPointOfTheJsonReport(IndicatorSpec spec) {
    List<WebElement> series =
        browser.driver().findElements(By.cssSelector("#chart-" + spec.name() + " g.series"));
    assertThat(series).as(spec.name()).isNotEmpty();
    for (WebElement line : series) {
      String name = line.getDomAttribute("data-name");
      java.util.Map<String, Double> expected = expectedPoints(spec, name);
      java.util.Map<String, Double> drawn = new java.util.TreeMap<>();
      for (WebElement point : line.findElements(By.cssSelector("circle.point"))) {
        drawn.put(
            point.getDomAttribute("data-x"),
            Double.parseDouble(point.getDomAttribute("data-value")));
      }
      assertThat(drawn).as(spec.name() + " " + name).isEqualTo(expected);
    }
  }

  @Test
  void theUsageShareByWeekIsALineOverEveryWeek() {
    List<WebElement> points =
        browser
            .driver()
            .findElements(
                By.cssSelector("#chart-usage_share_by_week g.series[data-name='cn_share'] circle"));

    assertThat(json.get("usage_share_by_week").size()).isEqualTo(26);
    assertThat(points).hasSize(26);
    assertThat(points.get(0).getDomAttribute("data-x")).isEqualTo("2025-11-16");
    assertThat(points.get(25).getDomAttribute("data-x")).isEqualTo("2026-05-11");
  }

  @Test
  void anOriginHasOneColourInEveryChart() {
    java.util.Map<String, java.util.Set<String>> colours = new java.util.HashMap<>();
    for (String chart :
        List.of(
            "downloads_by_origin",
            "downloads_by_foundation_origin",
            "builders_by_foundation_origin")) {
      for (WebElement bar :
          browser.driver().findElements(By.cssSelector("#chart-" + chart + " g.bar"))) {
        colours
            .computeIfAbsent(bar.getDomAttribute("data-label"), k -> new java.util.HashSet<>())
            .add(bar.findElement(By.tagName("rect")).getDomAttribute("fill"));
      }
    }
    assertThat(colours).containsKeys("US", "CN");
    colours.forEach((origin, fills) -> assertThat(fills).as(origin).hasSize(1));
    assertThat(colours.get("US")).isNotEqualTo(colours.get("CN"));
  }

  @Test
  void downloadsByOriginShowsEveryOrigin() {
    JsonNode rows = json.get("downloads_by_origin");

    assertThat(rows.size()).isBetween(2, MAX_BARS);
    assertThat(bars("downloads_by_origin"))
        .extracting(Bar::label)
        .containsExactlyElementsOf(rows.findValuesAsText("origin"));
  }

  @Test
  void derivativesByFoundationOriginChartsOnlyTheTotals() {
    JsonNode rows = json.get("derivatives_by_foundation_origin");
    List<String> totals = new ArrayList<>();
    rows.forEach(
        r -> {
          if (r.get("relation").asText().equals("total")) {
            totals.add(r.get("origin").asText());
          }
        });

    assertThat(rows.size()).as("rows per relation besides the totals").isGreaterThan(totals.size());
    assertThat(bars("derivatives_by_foundation_origin"))
        .extracting(Bar::label)
        .containsExactlyElementsOf(totals)
        .doesNotHaveDuplicates();
  }

  @Test
  void everyBarIsDrawnInsideItsChartUnderItsLabel() {
    List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart"));

    assertThat(charts).hasSize((int) indicators().count());
    for (WebElement chart : charts) {
      Rectangle box = chart.getRect();
      for (WebElement bar : chart.findElements(By.cssSelector("g.bar"))) {
        String what = chart.getDomAttribute("id") + " " + bar.getDomAttribute("data-label");
        Rectangle label = bar.findElement(By.cssSelector("text.label")).getRect();
        for (WebElement segment : bar.findElements(By.tagName("rect"))) {
          Rectangle rect = segment.getRect();
          assertThat(rect.getWidth()).as(what).isPositive();
          assertThat(rect.getHeight()).as(what).isPositive();
          assertThat(label.getY() + label.getHeight())
              .as(what + ": label over its bar")
              .isLessThanOrEqualTo(rect.getY() + 1);
          assertThat(rect.getX() + rect.getWidth())
              .as(what + ": bar cut off")
              .isLessThanOrEqualTo(box.getX() + box.getWidth());
        }
        assertThat(label.getX()).as(what + ": label cut off").isGreaterThanOrEqualTo(box.getX());
        for (WebElement value : bar.findElements(By.cssSelector("text.value"))) {
          Rectangle v = value.getRect();
          assertThat(v.getX() + v.getWidth())
              .as(what + ": value cut off")
              .isLessThanOrEqualTo(box.getX() + box.getWidth());
        }
      }
    }
  }

  @Test
  void thePageLogsNoConsoleErrors() {
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aWholePageScreenshotIsSaved() throws IOException {
    Path shot = browser.screenshot("report-" + SNAPSHOT);

    assertThat(shot).isEqualTo(Browser.SCREENSHOTS.resolve("report-2025-04-26.png"));
    assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1280);
  }

  private static List<Bar> bars(String indicator) {
    return browser.driver().findElements(By.cssSelector("#chart-" + indicator + " g.bar")).stream()
        .map(
            g ->
                new Bar(
                    g.getDomAttribute("data-label"),
                    Double.parseDouble(g.getDomAttribute("data-value"))))
        .toList();
  }

  /**
   * The chart's bars computed here from the JSON report: the rows the chart filter keeps with a
   * numeric value, largest first (ties in row order), at most 15.
   */
  private static List<Bar> expectedBars(IndicatorSpec spec) {
    List<Bar> out = new ArrayList<>();
    for (JsonNode row : json.get(spec.name())) {
      JsonNode value = row.get(spec.chartValue());
      if (kept(row, spec.chartFilter()) && value != null && value.isNumber()) {
        String label =
            spec.chartLabelColumns().stream()
                .map(c -> row.get(c).asText())
                .collect(java.util.stream.Collectors.joining(" · "));
        out.add(new Bar(label, value.asDouble()));
      }
    }
    List<Bar> sorted = new ArrayList<>(out);
    sorted.sort(java.util.Comparator.comparingDouble(b -> -b.value()));
    return sorted.subList(0, Math.min(sorted.size(), MAX_BARS));
  }

  /** The label of the indicator's first row the chart filter keeps (the scorecard's leader). */
  private static String firstRowLabel(IndicatorSpec spec) {
    for (JsonNode row : json.get(spec.name())) {
      if (kept(row, spec.chartFilter())) {
        return spec.chartLabelColumns().stream()
            .map(c -> row.get(c).asText())
            .collect(java.util.stream.Collectors.joining(" · "));
      }
    }
    throw new AssertionError("no row in " + spec.name());
  }

  private static int chartedRows(IndicatorSpec spec) {
    int n = 0;
    for (JsonNode row : json.get(spec.name())) {
      JsonNode value = row.get(spec.chartValue());
      if (kept(row, spec.chartFilter()) && value != null && value.isNumber()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The points of one line computed here from the JSON report: for a series of a column (wide rows)
   * that column's value per dated x, else the sum of the value over the rows of that series.
   */
  private static java.util.Map<String, Double> expectedPoints(IndicatorSpec spec, String series) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    for (JsonNode row : json.get(spec.name())) {
      String x = row.get(spec.chartX()).asText();
      if (!x.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        continue;
      }
      JsonNode v;
      if (spec.chartSeries() == null) {
        v = row.get(series);
      } else {
        v = row.get(spec.chartSeries()).asText().equals(series) ? row.get(spec.chartValue()) : null;
      }
      if (v != null && v.isNumber()) {
        out.merge(x, v.asDouble(), Double::sum);
      }
    }
    return out;
  }

  private static String caption(String indicator) {
    return browser
        .driver()
        .findElement(By.cssSelector("#" + indicator + " figcaption"))
        .getDomProperty("textContent");
  }

  private static boolean kept(JsonNode row, String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    String[] kv = filter.split("=", 2);
    return row.path(kv[0]).asText().equals(kv[1]);
  }

  private static IndicatorSpec spec(String name) {
    return indicators().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
