package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
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
 * The HTML report of the demo, as a reader's browser shows it: {@code demo --out DIR} writes it
 * with its data files and methodology page, headless Chromium opens {@code
 * DIR/report-2025-04-26.html}, and the page must be a document (title block, contents, claims as
 * cards, sections in indicator order, how to cite, one credits list) that fits a 1,400 px and a 390
 * px window, with charts whose bars and points are the rows of {@code report --format json} of the
 * same snapshot. Screenshots: {@code target/screenshots/report-1400.png} and {@code
 * report-390.png}.
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
          "derivatives_by_foundation_origin", // merges counted fully for every root (issue 11)
          "builders_by_foundation_origin",
          "families_by_root_author",
          "license_classes",
          "concentration",
          "usage_share_by_week",
          "savings",
          "openness_by_origin",
          "open_weight_releases",
          "crossover",
          "open_weight_compute");

  /** Headlines written as a sentence rather than led by the chart's first label (issue 10). */
  private static final List<String> SENTENCES = List.of("crossover", "open_weight_compute");

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

    browser = Browser.start(1400, 6000);
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
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#scorecard .line"));

    assertThat(rows)
        .extracting(r -> r.findElement(By.tagName("a")).getDomAttribute("href"))
        .containsExactlyElementsOf(HEADLINES.stream().map(h -> "#" + h).toList());
    for (int i = 0; i < rows.size(); i++) {
      IndicatorSpec spec = spec(HEADLINES.get(i));
      assertThat(rows.get(i).isDisplayed()).isTrue();
      if (i > 0 && HEADLINES.get(i).equals(HEADLINES.get(i - 1))) {
        // the lineage sensitivity beside the 1/k line: merges counted fully for every root
        assertThat(rows.get(i).getText()).contains("merges counted fully for every root");
        continue;
      }
      if (SENTENCES.contains(spec.name())) {
        continue;
      }
      assertThat(rows.get(i).findElement(By.className("figures")).getText())
          .as(spec.name())
          .startsWith(firstRowLabel(spec) + " ");
    }
    String months = json.at("/meta/new_derivatives_by_month/first_month").asText();
    assertThat(rows.get(HEADLINES.indexOf("crossover")).getText())
        .contains(
            "from "
                + months
                + " to "
                + json.at("/meta/new_derivatives_by_month/last_month").asText());
    assertThat(rows.get(HEADLINES.indexOf("open_weight_compute")).getText())
        .contains(json.get("open_weight_compute").get(0).get("year").asText() + ": ")
        .contains("at >=1e25 FLOP");
  }

  @Test
  void everyIndicatorHasAVisibleSectionWithItsTitleInIndicatorOrder() {
    assertThat(json.get("meta").fieldNames())
        .toIterable()
        .containsExactlyElementsOf(indicators().map(IndicatorSpec::name).toList());
    List<String> ids =
        browser.driver().findElements(By.cssSelector("section.indicator")).stream()
            .map(e -> e.getDomAttribute("id"))
            .toList();
    assertThat(ids).containsExactlyElementsOf(inIndicatorOrder());
    for (IndicatorSpec spec : indicators().toList()) {
      WebElement section = browser.driver().findElement(By.id(spec.name()));
      long sameNumber = indicators().filter(s -> s.number() == spec.number()).count();
      assertThat(section.isDisplayed()).as(spec.name()).isTrue();
      assertThat(section.findElement(By.tagName("h2")).getText())
          .matches(
              java.util.regex.Pattern.quote(spec.number() + (sameNumber == 1 ? ". " : "."))
                  + (sameNumber == 1 ? "" : "\\d ")
                  + java.util.regex.Pattern.quote(spec.title()));
      assertThat(section.findElements(By.tagName("table"))).as(spec.name()).isNotEmpty();
    }
    assertThat(browser.driver().findElement(By.id("scorecard")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("data_quality")).isDisplayed()).isTrue();
  }

  @Test
  void theTitleBlockSaysSnapshotGenerationTimeAndToolVersionAndLinksTheData() {
    String title = browser.driver().findElement(By.cssSelector("header.title")).getText();

    assertThat(title)
        .contains("Who leads open-source AI")
        .contains("Snapshot")
        .contains(SNAPSHOT)
        .contains("Generated")
        .contains("Open Model Observatory 0.1.0");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("header.title a.json"))
                .getDomAttribute("href"))
        .isEqualTo("data/report-" + SNAPSHOT + ".json");
    assertThat(tmp.resolve("data/report-" + SNAPSHOT + ".json")).isRegularFile();
    assertThat(tmp.resolve("data/report-" + SNAPSHOT + ".csv")).isRegularFile();
  }

  @Test
  void theTableOfContentsLinksEverySectionInOrder() {
    List<String> links =
        browser.driver().findElements(By.cssSelector("nav.toc a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    List<String> expected = new ArrayList<>(List.of("#claims", "#scorecard"));
    inIndicatorOrder().forEach(n -> expected.add("#" + n));
    expected.addAll(List.of("#data_quality", "#cite"));

    assertThat(links).containsExactlyElementsOf(expected);
    for (String link : links) {
      assertThat(browser.driver().findElements(By.id(link.substring(1)))).as(link).hasSize(1);
    }
  }

  @Test
  void theClaimsAreCardsWithClaimSourceOursAndAColouredVerdictWithItsReason() throws IOException {
    CliRun run =
        CliRun.of(
            "claims", "--db", tmp.resolve("observatory.duckdb").toString(), "--format", "json");
    JsonNode claims = new ObjectMapper().readTree(run.out());
    List<WebElement> cards = browser.driver().findElements(By.cssSelector("#claims article.claim"));

    assertThat(cards).hasSize(claims.size());
    java.util.Map<String, String> colourOfVerdict = new java.util.HashMap<>();
    for (JsonNode claim : claims) {
      WebElement card = browser.driver().findElement(By.id("claim-" + claim.get("id").asText()));
      String verdict = claim.get("verdict").asText();
      WebElement badge = card.findElement(By.className("badge"));
      String colour = badge.getCssValue("background-color");
      assertThat(card.getDomAttribute("data-verdict")).isEqualTo(verdict);
      assertThat(badge.getText()).isEqualToIgnoringCase(verdict);
      assertThat(colourOfVerdict.computeIfAbsent(verdict, v -> colour))
          .as("one colour per verdict")
          .isEqualTo(colour);
      assertThat(card.getText())
          .contains(claim.get("claim").asText())
          .contains(claim.get("claimed_text").asText())
          .contains(claim.get("ours_text").asText());
      assertThat(card.findElement(By.className("reason")).getText())
          .contains(claim.get("reason").asText());
    }
    assertThat(new java.util.HashSet<>(colourOfVerdict.values()))
        .hasSameSizeAs(colourOfVerdict.keySet());
  }

  @Test
  void eachIndicatorLinksItsDefinitionAndItsCsvAndJsonWrittenBesideTheReport() throws IOException {
    String methodology = Files.readString(tmp.resolve("methodology.html"));
    for (IndicatorSpec spec : indicators().toList()) {
      WebElement section = browser.driver().findElement(By.id(spec.name()));
      String definition =
          section.findElement(By.cssSelector("a.definition")).getDomAttribute("href");
      String csv = section.findElement(By.cssSelector("a.csv")).getDomAttribute("href");
      String jsonLink = section.findElement(By.cssSelector("a.json")).getDomAttribute("href");

      assertThat(definition).startsWith("methodology.html#");
      assertThat(methodology)
          .contains("id=\"" + definition.substring(definition.indexOf('#') + 1) + "\"");
      assertThat(csv).isEqualTo("data/" + spec.name() + "-" + SNAPSHOT + ".csv");
      JsonNode file = new ObjectMapper().readTree(tmp.resolve(jsonLink).toFile());
      assertThat(file.get("rows")).as(spec.name()).isEqualTo(json.get(spec.name()));
      assertThat(file.get("meta")).isEqualTo(json.get("meta").get(spec.name()));
      assertThat(Files.readAllLines(tmp.resolve(csv)))
          .as(spec.name())
          .hasSize(json.get(spec.name()).size() + 1);
    }
  }

  @Test
  void theCreditsAreSaidOnceWithHowToCiteAndEachChartHasAShortCreditLine() {
    assertThat(browser.driver().findElements(By.cssSelector("ul.credits"))).hasSize(1);
    assertThat(browser.driver().findElement(By.id("cite-text")).getText())
        .contains(SNAPSHOT)
        .contains("Open Model Observatory 0.1.0");
    assertThat(browser.driver().findElement(By.id("cite-bibtex")).getText())
        .startsWith("@misc{observatory-" + SNAPSHOT)
        .contains(SNAPSHOT);
    for (IndicatorSpec spec : indicators().toList()) {
      String credit =
          browser.driver().findElement(By.cssSelector("#" + spec.name() + " p.source")).getText();
      assertThat(credit).as(spec.name()).startsWith("Data: ").hasSizeLessThan(700);
    }
  }

  @Test
  void aSnapshotWithoutLineageSaysWhyAndLinksTheReportThatHasIt() {
    browser.open(tmp.resolve("report-2025-10-12.html").toUri());
    try {
      for (String name :
          List.of(
              "derivatives_by_foundation_origin",
              "new_derivatives_by_month",
              "crossover",
              "downloads_by_size_class")) {
        WebElement note = browser.driver().findElement(By.cssSelector("#" + name + " p.lineage"));
        assertThat(note.getText())
            .as(name)
            .contains("holds no lineage edges")
            .contains("Lineage is in the snapshot of " + SNAPSHOT);
        assertThat(note.findElement(By.tagName("a")).getDomAttribute("href"))
            .isEqualTo("report-" + SNAPSHOT + ".html");
      }
      assertThat(
              browser
                  .driver()
                  .findElement(
                      By.cssSelector("#scorecard .line[data-indicator=crossover] .figures"))
                  .getText())
          .isEqualTo("(no lineage edges in this snapshot; see the snapshot of " + SNAPSHOT + ")");
    } finally {
      browser.open(tmp.resolve("report-" + SNAPSHOT + ".html").toUri());
    }
  }

  @ParameterizedTest(name = "{0} px")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1400, 390})
  void noHorizontalScrollAndAWholePageScreenshot(int width) throws IOException {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
    try {
      // laid out afresh at this width, whatever the tests before left on the page
      browser.open(tmp.resolve("report-" + SNAPSHOT + ".html").toUri());
      // Headless Chromium may apply a new window size a little later under load: give the layout up
      // to 10 s to follow it (a page that really scrolls sideways still fails below).
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(10))
            .until(
                d ->
                    number("return window.innerWidth") <= width
                        && number("return document.documentElement.scrollWidth")
                            <= number("return window.innerWidth"));
      } catch (org.openqa.selenium.TimeoutException e) {
        // asserted below
      }
      long scroll = number("return document.documentElement.scrollWidth");
      long inner = number("return window.innerWidth");
      assertThat(scroll)
          .as("page width at a " + width + " px window; too wide: " + tooWide())
          .isLessThanOrEqualTo(inner);
      for (WebElement card : browser.driver().findElements(By.cssSelector("article.claim"))) {
        assertThat((long) card.getRect().getX() + card.getRect().getWidth())
            .isLessThanOrEqualTo(inner);
      }
      Path shot = browser.screenshot("report-" + width);
      assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(width);
      browser.screenshot("report-" + width + "-downloads_by_origin", By.id("downloads_by_origin"));
    } finally {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 6000));
    }
  }

  /** The outermost elements that reach past the window's right edge, for a failure message. */
  private static Object tooWide() {
    return ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "const w = document.documentElement.clientWidth; const out = [];"
                + " document.querySelectorAll('body *').forEach(e => {"
                + " const r = e.getBoundingClientRect(); const p = e.parentElement;"
                + " if (r.right > w + 1 && !(p && p.getBoundingClientRect().right > w + 1)) {"
                + " const s = e.closest('section');"
                + " out.push(e.tagName + '.' + e.className + ' in ' + (s ? s.id : '-')"
                + " + ' right ' + Math.round(r.right)); } });"
                + " return out.slice(0, 10).join('; ');");
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
    List<String> named = series.stream().map(l -> l.getDomAttribute("data-name")).toList();
    for (WebElement line : series) {
      String name = line.getDomAttribute("data-name");
      java.util.Map<String, Double> expected = expectedPoints(spec, name, named);
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

  /**
   * Indicator 1 over the demo's two snapshots, checked against {@code series.downloads_by_origin}
   * of the JSON report: a point per snapshot for each origin drawn, at its share, in the origin's
   * colour; and as the JSON says the second snapshot is another sample, no line joins the two, a
   * dashed break stands between them and the caption gives the JSON's reason.
   */
  @Test
  void indicatorOneOverTheSnapshotsIsAPointPerSnapshotWithNoLineBetweenTwoSamples() {
    JsonNode series = json.at("/series/downloads_by_origin");
    java.util.Map<String, java.util.Map<String, Double>> shares = new java.util.HashMap<>();
    String reason = null;
    for (JsonNode row : series) {
      shares
          .computeIfAbsent(row.get("origin").asText(), o -> new java.util.TreeMap<>())
          .put(row.get("snapshot").asText(), row.get("share").asDouble());
      if (row.get("comparable").isBoolean() && !row.get("comparable").asBoolean()) {
        reason = row.get("comparable_reason").asText();
      }
    }
    WebElement chart = browser.driver().findElement(By.id("chart-downloads_by_origin-series"));
    List<WebElement> lines = chart.findElements(By.cssSelector("g.series"));

    assertThat(reason).as("the demo's snapshots are two samples").contains("different samples");
    assertThat(lines).hasSize(Math.min(8, shares.size()));
    for (WebElement line : lines) {
      String origin = line.getDomAttribute("data-name");
      java.util.Map<String, Double> drawn = new java.util.TreeMap<>();
      for (WebElement point : line.findElements(By.cssSelector("circle.point"))) {
        drawn.put(
            point.getDomAttribute("data-x"),
            Double.parseDouble(point.getDomAttribute("data-value")));
      }
      assertThat(drawn).as(origin).isEqualTo(shares.get(origin));
      for (WebElement bar :
          browser
              .driver()
              .findElements(
                  By.cssSelector(
                      "#chart-downloads_by_origin g.bar[data-label='" + origin + "'] rect"))) {
        assertThat(line.findElement(By.tagName("circle")).getDomAttribute("fill"))
            .as(origin + "'s colour")
            .isEqualTo(bar.getDomAttribute("fill"));
      }
    }
    assertThat(lines.get(0).findElements(By.tagName("circle"))).hasSize(2);
    assertThat(chart.findElements(By.cssSelector("path.line"))).as("no line joins").isEmpty();
    assertThat(chart.findElements(By.cssSelector("path.break"))).hasSize(1);
    assertThat(chart.findElement(By.cssSelector("path.break title")).getDomProperty("textContent"))
        .isEqualTo("2025-10-12 was " + reason);
    assertThat(
            browser
                .driver()
                .findElement(
                    By.cssSelector(
                        "#downloads_by_origin figure:has(#chart-downloads_by_origin-series) figcaption"))
                .getDomProperty("textContent"))
        .contains("no line joins " + SNAPSHOT + " and 2025-10-12: 2025-10-12 was " + reason);
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

    assertThat(charts)
        .as("a chart per indicator, and indicator 1 over the snapshots")
        .hasSize((int) indicators().filter(i -> !i.chart().equals("none")).count() + 1);
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
   * that column's value per dated x, else the sum of the value over the rows of that series; only
   * the rows the chart filter keeps. A stacked area is 0 at a charted x where its series has no
   * row.
   */
  private static java.util.Map<String, Double> expectedPoints(
      IndicatorSpec spec, String series, List<String> named) {
    boolean other = series.startsWith("other ("); // the series not drawn by name, summed
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    for (JsonNode row : json.get(spec.name())) {
      String x = row.get(spec.chartX()).asText();
      if (!x.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") || !kept(row, spec.chartFilter())) {
        continue;
      }
      if (spec.chart().equals("stacked_area")) {
        out.putIfAbsent(x, 0.0);
      }
      JsonNode v;
      if (spec.chartSeries() == null) {
        v = row.get(series);
      } else {
        String of = row.get(spec.chartSeries()).asText();
        v = (other ? !named.contains(of) : of.equals(series)) ? row.get(spec.chartValue()) : null;
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

  /** The indicator names in the order of their numbers (catalog order within a number). */
  private static List<String> inIndicatorOrder() {
    return indicators()
        .sorted(java.util.Comparator.comparingInt(IndicatorSpec::number))
        .map(IndicatorSpec::name)
        .toList();
  }

  private static long number(String script) {
    return ((Number) browser.driver().executeScript(script)).longValue();
  }

  private static IndicatorSpec spec(String name) {
    return indicators().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
