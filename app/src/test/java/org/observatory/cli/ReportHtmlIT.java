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
  void theScorecardHasOneRowPerHeadlineLedByTheTopRowOfItsIndicator() {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#scorecard tr"));

    assertThat(rows)
        .extracting(r -> r.findElement(By.tagName("a")).getDomAttribute("href"))
        .containsExactlyElementsOf(HEADLINES.stream().map(h -> "#" + h).toList());
    for (int i = 0; i < rows.size(); i++) {
      IndicatorSpec spec = spec(HEADLINES.get(i));
      String leader = expectedBars(spec).get(0).label();
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("indicators")
  void eachChartHasOneBarPerRowOfTheJsonReport(IndicatorSpec spec) {
    List<Bar> expected = expectedBars(spec);

    assertThat(expected).as("the demo snapshot charts something").isNotEmpty();
    assertThat(bars(spec.name())).containsExactlyElementsOf(expected);
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
  void everyBarIsDrawnInsideItsChartBesideItsLabel() {
    List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart"));

    assertThat(charts).hasSize((int) indicators().count());
    for (WebElement chart : charts) {
      Rectangle box = chart.getRect();
      for (WebElement bar : chart.findElements(By.cssSelector("g.bar"))) {
        String what = chart.getDomAttribute("id") + " " + bar.getDomAttribute("data-label");
        Rectangle rect = bar.findElement(By.tagName("rect")).getRect();
        List<WebElement> texts = bar.findElements(By.tagName("text"));
        Rectangle label = texts.get(0).getRect();
        Rectangle value = texts.get(1).getRect();

        assertThat(rect.getWidth()).as(what).isPositive();
        assertThat(rect.getHeight()).as(what).isPositive();
        assertThat(label.getX()).as(what + ": label cut off").isGreaterThanOrEqualTo(box.getX());
        assertThat(label.getX() + label.getWidth())
            .as(what + ": label over its bar")
            .isLessThanOrEqualTo(rect.getX());
        assertThat(value.getX() + value.getWidth())
            .as(what + ": value cut off")
            .isLessThanOrEqualTo(box.getX() + box.getWidth());
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

  /** The chart's rows of the JSON report: those the chart filter keeps, with a numeric value. */
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
    return out.subList(0, Math.min(out.size(), MAX_BARS));
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
