package org.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as a reader's browser shows it: {@code serve} on the demo database (the bundled
 * real sample) on a free loopback port, each page opened in headless Chromium. Every chart must
 * hold what the API says (read from the ECharts instance on the page), state its snapshot, window,
 * scope and credits, link its CSV; filters must change the charts; no page may log a console error.
 * Screenshots go to target/screenshots/dashboard-*.png.
 */
class DashboardIT {
  private static final String TREES = "2025-04-26";
  private static final String ORGS = "2025-10-12";
  private static final int MAX_BARS = 15;

  @TempDir static Path dir;
  private static ServedDemo served;
  private static Browser browser;

  @BeforeAll
  static void serveAndStartTheBrowser() {
    served = ServedDemo.start(dir);
    browser = Browser.start(1280, 1000);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (served != null) {
      served.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors()).isEmpty();
  }

  static Stream<String> chartPages() {
    return Dashboard.PAGES.stream()
        .map(Dashboard.Page::key)
        .filter(k -> !k.equals("scorecard") && !k.equals("claims") && !k.equals("model"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chartPages")
  void everyChartOfAPageHoldsTheApiFiguresAndSaysWhatTheyAre(String key) {
    Dashboard.Page page =
        Dashboard.PAGES.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    open(page.path() + "?snapshot=" + TREES);
    JsonNode list = served.json("/api/v1/indicators?snapshot=" + TREES);
    List<String> expectedCards = new ArrayList<>();
    for (JsonNode meta : list.get("indicators")) {
      if (page.numbers().isEmpty() || page.numbers().contains(meta.get("number").asInt())) {
        expectedCards.add(meta.get("indicator").asText());
      }
    }

    assertThat(cards()).containsAll(expectedCards);
    for (String name : expectedCards) {
      JsonNode api = served.json("/api/v1/indicators/" + name + "?snapshot=" + TREES);
      assertChartIs(name, api);
      assertCaption(name, api);
    }
    for (Integer n : page.missing().keySet()) {
      boolean inReport =
          list.get("indicators").findValuesAsText("number").contains(String.valueOf(n));
      assertThat(browser.driver().findElements(By.cssSelector("[data-missing='" + n + "']")))
          .as("an empty-state note for indicator " + n + " exactly when the report lacks it")
          .hasSize(inReport ? 0 : 1);
    }
    screenshots("dashboard-" + page.key());
  }

  /**
   * Issue 10's acceptance: the monthly shares of new derivatives are one stacked area per
   * foundation origin over every dated month of the snapshot (2023-07 to 2025-04 in the bundled
   * trees), and the usage share a line over all 26 weeks.
   */
  @Test
  void monthlyDerivativeSharesAreAStackedAreaOfEveryMonthAndUsageALineOfEveryWeek() {
    open("/trends?snapshot=" + TREES);
    JsonNode api = served.json("/api/v1/indicators/new_derivatives_by_month?snapshot=" + TREES);
    java.util.TreeSet<String> months = new java.util.TreeSet<>();
    java.util.TreeSet<String> origins = new java.util.TreeSet<>();
    api.get("rows")
        .forEach(
            r -> {
              if (!r.get("month").asText().equals("undated")) {
                months.add(r.get("month").asText());
                origins.add(r.get("origin").asText());
              }
            });
    assertThat(months).hasSize(22).first().isEqualTo("2023-07");
    Chart monthly = rendered("new_derivatives_by_month");
    assertThat(monthly.labels()).containsExactlyElementsOf(months);
    assertThat(monthly.series())
        .extracting(Series::name)
        .containsExactlyInAnyOrderElementsOf(origins);
    for (JsonNode s : option("new_derivatives_by_month").get("series")) {
      assertThat(s.get("type").asText()).isEqualTo("line");
      assertThat(s.hasNonNull("stack")).as("stacked").isTrue();
      assertThat(s.hasNonNull("areaStyle")).as("an area").isTrue();
    }
    for (int m = 0; m < months.size(); m++) {
      double sum = 0;
      for (Series s : monthly.series()) {
        sum += s.data().get(m) == null ? 0 : s.data().get(m);
      }
      assertThat(sum)
          .as("shares of one month")
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    browser.screenshot("dashboard-trends-monthly");

    open("/usage?snapshot=" + TREES);
    Chart weekly = rendered("usage_share_by_week");
    assertThat(weekly.labels()).hasSize(26).first().isEqualTo("2025-11-16");
    assertThat(weekly.labels()).last().isEqualTo("2026-05-11");
    for (JsonNode s : option("usage_share_by_week").get("series")) {
      assertThat(s.get("type").asText()).isEqualTo("line");
    }
  }

  @Test
  void theScorecardListsTheApiHeadlines() {
    open("/?snapshot=" + TREES);
    JsonNode api = served.json("/api/v1/scorecard?snapshot=" + TREES);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.scorecard tr"));

    assertThat(rows).hasSize(api.get("lines").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode line = api.get("lines").get(i);
      assertThat(rows.get(i).getDomAttribute("data-indicator"))
          .isEqualTo(line.get("indicator").asText());
      assertThat(rows.get(i).findElement(By.cssSelector("td.figures")).getText())
          .isEqualTo(line.get("figures").asText());
      assertThat(rows.get(i).findElement(By.cssSelector("a.csv")).getDomAttribute("href"))
          .isEqualTo(line.get("csv").asText());
    }
    assertThat(browser.driver().findElement(By.id("credits")).getText()).contains("Hugging Face");
    screenshots("dashboard-scorecard");
  }

  @Test
  void aModelFoundByAnyPartOfItsIdOpensItsPageWithTheExplanationAndItsLineage() {
    open("/?snapshot=" + TREES);
    WebElement q = browser.driver().findElement(By.id("q"));
    q.sendKeys("gemma-7b");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
    JsonNode api = served.json("/api/v1/search?limit=12&q=gemma-7b&snapshot=" + TREES);
    List<String> shown =
        browser.driver().findElements(By.cssSelector("#search-results a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).containsExactlyElementsOf(api.get("results").findValuesAsText("id"));
    assertThat(shown).contains("google/gemma-7b");

    browser.driver().findElement(By.linkText("google/gemma-7b")).click();
    awaitRenders(1);
    JsonNode model = served.json("/api/v1/model?id=google/gemma-7b&snapshot=" + TREES);
    JsonNode chart = charts().get("model");
    assertThat(chart.get("id").asText()).isEqualTo("google/gemma-7b");
    assertThat(text("card-model"))
        .contains("google/gemma-7b")
        .contains(model.get("origin").get("origin").asText() + " (United States)")
        .contains(model.get("license").get("class").asText());
    JsonNode relations =
        served.json("/api/v1/indicators?snapshot=" + TREES).get("palette").get("relation");
    assertThat(chart.get("links")).isNotEmpty();
    chart
        .get("links")
        .forEach(
            l ->
                assertThat(l.get("color").asText())
                    .as(l.toString())
                    .isEqualTo(relations.get(l.get("relation").asText().split(",")[0]).asText()));
    screenshots("dashboard-model");
  }

  @Test
  void tablesSortByAColumnBothWays() {
    open("/adoption?snapshot=" + TREES);
    WebElement card = browser.driver().findElement(By.id("card-downloads_by_origin"));
    card.findElement(By.tagName("summary")).click();
    WebElement models = card.findElement(By.xpath(".//th[button[text()='models']]"));

    models.findElement(By.tagName("button")).click();
    List<Long> descending = column(card, 1);
    models.findElement(By.tagName("button")).click();
    List<Long> ascending = column(card, 1);

    assertThat(models.getDomAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(ascending).isSorted();
    assertThat(ascending).containsExactlyInAnyOrderElementsOf(descending);
  }

  @Test
  void everyChartOffersAPngExportAndNamesItselfForScreenReaders() {
    open("/usage?snapshot=" + TREES);
    List<WebElement> boxes = browser.driver().findElements(By.cssSelector("div.chart[data-chart]"));

    assertThat(boxes).isNotEmpty();
    for (WebElement box : boxes) {
      String key = box.getDomAttribute("data-chart");
      assertThat(box.getDomAttribute("role")).isEqualTo("img");
      assertThat(box.getDomAttribute("aria-label")).as(key).isNotBlank();
      assertThat(option(key).get("toolbox").get(0).get("feature").has("saveAsImage"))
          .as(key)
          .isTrue();
      assertThat(box.findElements(By.cssSelector("svg path"))).isNotEmpty();
    }
  }

  @Test
  void darkModeFollowsTheSystemSetting() {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            java.util.Map.of(
                "features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      open("/adoption?snapshot=" + TREES);
      String background =
          (String)
              browser
                  .driver()
                  .executeScript("return getComputedStyle(document.body).backgroundColor");
      String text =
          (String) browser.driver().executeScript("return getComputedStyle(document.body).color");
      assertThat(luminance(background)).as(background).isLessThan(0.2);
      assertThat(luminance(text)).as(text).isGreaterThan(0.6);
      assertThat(option("downloads_by_origin").get("backgroundColor").asText())
          .isEqualTo("transparent");
      browser.screenshot("dashboard-adoption-dark");
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    }
  }

  @Test
  void aBrowserGetsAnHtmlPageForAPathThatDoesNotExist() {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    browser.open(served.url("/no-such-page"));

    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Page not found");
    assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).hasSizeGreaterThan(3);
    // the browser logs the 404 status of the page itself, and nothing else
    assertThat(browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER))
        .allSatisfy(e -> assertThat(e.getMessage()).contains("404"));
    screenshots("dashboard-not-found");
  }

  /**
   * /methodology, where every chart's "Definition" link leads: each indicator's link finds its
   * heading on the page, and the page fits both widths.
   */
  @Test
  void theMethodologyPageHoldsTheDefinitionEveryIndicatorLinksTo() {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    browser.open(served.url("/methodology"));

    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Methodology");
    JsonNode list = served.json("/api/v1/indicators?snapshot=" + TREES);
    List<String> anchors = new ArrayList<>();
    for (JsonNode meta : list.get("indicators")) {
      String link = meta.get("methodology").asText();
      assertThat(link).as(meta.get("indicator").asText()).startsWith("/methodology#");
      anchors.add(link.substring(link.indexOf('#') + 1));
    }
    assertThat(anchors).hasSizeGreaterThan(10);
    for (String anchor : anchors) {
      assertThat(browser.driver().findElements(By.id(anchor)))
          .as("a heading for #" + anchor)
          .isNotEmpty();
    }
    screenshots("dashboard-methodology");
  }

  /**
   * /methodology, reached from any chart's "Definition" link, has the dashboard's header: the same
   * navigation as every page (none marked current) and the brand leading back to the scorecard.
   */
  @Test
  void theMethodologyPageHasTheDashboardsNavigationBackToThePages() {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    browser.open(served.url("/"));
    List<String> pages = navigation();
    browser.open(served.url("/methodology"));

    assertThat(pages).contains("/", "/adoption", "/indicators");
    assertThat(navigation()).isEqualTo(pages);
    assertThat(browser.driver().findElements(By.cssSelector("header nav a.current"))).isEmpty();
    WebElement brand = browser.driver().findElement(By.cssSelector("header a.brand"));
    assertThat(brand.isDisplayed()).isTrue();
    brand.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(served.url("/").toString()));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Scorecard");
  }

  /** The paths the header's navigation links, in order. */
  private static List<String> navigation() {
    return browser.driver().findElements(By.cssSelector("header nav a")).stream()
        .map(a -> a.getDomAttribute("href"))
        .toList();
  }

  @Test
  void theClaimsPageShowsEveryClaimOfTheApiAsACard() {
    open("/claims");
    JsonNode api = served.json("/api/v1/claims");
    List<WebElement> cards = browser.driver().findElements(By.cssSelector("article.claim"));

    assertThat(cards).hasSize(api.get("claims").size());
    for (int i = 0; i < cards.size(); i++) {
      JsonNode claim = api.get("claims").get(i);
      WebElement card = cards.get(i);
      assertThat(card.getDomAttribute("id")).isEqualTo("claim-" + claim.get("id").asText());
      assertThat(card.getDomAttribute("data-verdict")).isEqualTo(claim.get("verdict").asText());
      assertThat(card.getText())
          .contains(claim.get("claim").asText())
          .contains(claim.get("claimed_text").asText())
          .contains(claim.get("ours_text").asText())
          .contains(claim.get("reason").asText());
    }
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#card-claims a.csv"))
                .getDomAttribute("href"))
        .isEqualTo("/api/v1/claims/csv");
    screenshots("dashboard-claims");
  }

  @Test
  void theOriginFilterNarrowsTheChartsAndTheSeries() {
    open("/adoption?snapshot=" + TREES);
    assertThat(rendered("downloads_by_origin").labels()).hasSizeGreaterThan(2);

    choose("f-origin", "CN");

    assertThat(rendered("downloads_by_origin").labels()).containsExactly("CN");
    JsonNode series = served.json("/api/v1/series/downloads_by_origin?origin=CN");
    Chart line = rendered("series-downloads_by_origin");
    assertThat(line.series()).extracting(Series::name).containsExactly("CN");
    assertThat(line.series().get(0).data())
        .containsExactlyElementsOf(
            series.get("rows").findValues("share").stream().map(JsonNode::asDouble).toList());
    assertThat(text("card-concentration")).contains("Not applicable here: origin");
    assertThat(browser.driver().getCurrentUrl()).contains("origin=CN");
    browser.screenshot("dashboard-adoption-origin-CN");
  }

  /**
   * Issue 10: the demo's two snapshots are different samples (the model trees, then the major-org
   * file), so the series of indicator 1 says comparable: false and no line joins them: every drawn
   * piece of a line holds the points of one run of comparable snapshots.
   */
  @Test
  void noLineJoinsSnapshotsThatAreNotComparable() {
    open("/adoption?snapshot=" + TREES);
    JsonNode api = served.json("/api/v1/series/downloads_by_origin");
    assertThat(api.get("breaks").toString()).isEqualTo("[\"" + ORGS + "\"]");
    api.get("rows")
        .forEach(
            r -> {
              if (r.get("snapshot").asText().equals(ORGS)) {
                assertThat(r.get("comparable").asBoolean(true)).isFalse();
                assertThat(r.get("comparable_reason").asText()).contains("other source files");
              }
            });
    JsonNode option = option("series-downloads_by_origin");
    assertThat(option.get("xAxis").get(0).get("data").toString())
        .isEqualTo("[\"" + TREES + "\",\"" + ORGS + "\"]");
    for (JsonNode piece : option.get("series")) {
      long points = 0;
      for (JsonNode v : piece.get("data")) {
        points += v.isNull() ? 0 : 1;
      }
      assertThat(points).as(piece.get("name").asText() + ": one snapshot per piece").isEqualTo(1);
    }
  }

  @Test
  void anotherSnapshotAndACompareChangeTheBars() {
    open("/adoption?snapshot=" + TREES);
    Chart trees = rendered("downloads_by_origin");

    choose("f-snapshot", ORGS);
    Chart orgs = rendered("downloads_by_origin");
    JsonNode api = served.json("/api/v1/indicators/downloads_by_origin?snapshot=" + ORGS);

    assertThat(orgs).isNotEqualTo(trees);
    assertThat(orgs).isEqualTo(expected(api));

    assertThat(new Select(browser.driver().findElement(By.id("f-compare"))).getOptions())
        .extracting(o -> o.getDomAttribute("value"))
        .as("compare never offers the snapshot shown")
        .containsExactly("", TREES);
    choose("f-compare", TREES);
    Chart both = rendered("downloads_by_origin");

    assertThat(both.series()).extracting(Series::name).containsExactly(ORGS, TREES);
    for (int i = 0; i < both.labels().size(); i++) {
      String origin = both.labels().get(i);
      assertThat(both.series().get(1).data().get(i))
          .as(origin)
          .isEqualTo(
              value(
                  served.json("/api/v1/indicators/downloads_by_origin?snapshot=" + TREES), origin));
    }
    assertThat(text("card-downloads_by_origin")).contains(ORGS + " compared with " + TREES);
    browser.screenshot("dashboard-adoption-compare");
  }

  @Test
  void theRelationFilterChartsThatRelationAndAnEmptySnapshotSaysSo() {
    open("/derivatives?snapshot=" + TREES);
    choose("f-relation", "finetune");
    JsonNode api =
        served.json(
            "/api/v1/indicators/derivatives_by_foundation_origin?snapshot="
                + TREES
                + "&relation=finetune");

    assertThat(rendered("derivatives_by_foundation_origin")).isEqualTo(expected(api));
    browser.screenshot("dashboard-derivatives-finetune");

    choose("f-snapshot", ORGS);

    assertThat(browser.driver().findElements(By.id("chart-derivatives_by_foundation_origin")))
        .isEmpty();
    assertThat(text("card-derivatives_by_foundation_origin"))
        .contains("No rows in the snapshot of " + ORGS);
    WebElement note =
        browser
            .driver()
            .findElement(By.cssSelector("#card-derivatives_by_foundation_origin p.lineage"));
    assertThat(note.getText()).contains("holds no lineage edges");
    note.findElement(By.tagName("a")).click();
    awaitRenders(1);
    assertThat(browser.driver().getCurrentUrl()).contains("snapshot=" + TREES);
    assertThat(rendered("derivatives_by_foundation_origin").labels()).isNotEmpty();
  }

  @Test
  void theLicenseClassFilterKeepsOneClass() {
    open("/licenses?snapshot=" + TREES);
    choose("f-license_class", "restricted-open-weights");

    assertThat(rendered("license_classes").labels()).containsExactly("restricted-open-weights");
    assertThat(rendered("license_classes_by_origin").series())
        .extracting(Series::name)
        .containsExactly("restricted-open-weights");
  }

  @Test
  void theLineageTreeIsTheApiSubtreeAndFollowsItsControls() {
    open("/families?snapshot=" + TREES);
    JsonNode shown = charts().get("lineage");
    String root = shown.get("root").asText();
    JsonNode api =
        served.json("/api/v1/lineage?id=" + root + "&snapshot=" + TREES + "&depth=2&max_nodes=60");
    JsonNode tree = treeData();

    assertThat(root)
        .isEqualTo(
            served
                .json("/api/v1/indicators/families?snapshot=" + TREES)
                .get("rows")
                .get(0)
                .get("root")
                .asText());
    assertThat(tree.get("name").asText()).isEqualTo(root);
    assertThat(count(tree))
        .isEqualTo(api.get("node_count").asInt())
        .isEqualTo(shown.get("nodes").asInt());
    assertThat(tree).isEqualTo(api.get("tree"));
    browser.screenshot("dashboard-families-tree");

    choose("f-depth", "1");
    JsonNode depth1 =
        served.json("/api/v1/lineage?id=" + root + "&snapshot=" + TREES + "&depth=1&max_nodes=60");

    assertThat(treeData()).isEqualTo(depth1.get("tree"));
    choose("f-relation", "quantized");
    JsonNode quantized =
        served.json(
            "/api/v1/lineage?id="
                + root
                + "&snapshot="
                + TREES
                + "&depth=1&max_nodes=60&relation=quantized");

    assertThat(treeData()).isEqualTo(quantized.get("tree"));
    treeData()
        .get("children")
        .forEach(c -> assertThat(c.get("relation").asText()).contains("quantized"));
  }

  /** What a bar chart shows: its bar labels and one series of values per snapshot. */
  record Chart(List<String> labels, List<Series> series) {}

  record Series(String name, List<Double> data) {}

  /**
   * The bar chart the page should show for an indicator response, computed here from its rows:
   * those the chart filter keeps (unless the reader filters that column) with a numeric value,
   * largest first (ties in row order), at most 15. Other kinds: the API's chart_data, whose time
   * axis is checked against the rows in {@link #assertChartIs}.
   */
  private static Chart expected(JsonNode api) {
    JsonNode chart = api.get("chart");
    if (!chart.get("kind").asText().equals("bar")) {
      JsonNode cd = api.get("chart_data");
      List<String> labels = new ArrayList<>();
      cd.get("categories").forEach(c -> labels.add(c.asText()));
      List<Series> series = new ArrayList<>();
      for (JsonNode s : cd.get("series")) {
        List<Double> data = new ArrayList<>();
        s.get("values").forEach(v -> data.add(v.isNull() ? null : v.asDouble()));
        series.add(new Series(s.get("name").asText(), data));
      }
      return new Chart(labels, series);
    }
    String value = chart.get("value").asText();
    String filter = chart.get("filter").isNull() ? null : chart.get("filter").asText();
    record Bar(String label, double value) {}
    List<Bar> bars = new ArrayList<>();
    for (JsonNode row : api.get("rows")) {
      if (filter != null) {
        String[] kv = filter.split("=");
        String param = kv[0].equals("class") ? "license_class" : kv[0];
        if (!api.get("filters").has(param) && !row.path(kv[0]).asText().equals(kv[1])) {
          continue;
        }
      }
      if (!row.path(value).isNumber()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      chart.get("label_columns").forEach(c -> parts.add(row.get(c.asText()).asText()));
      bars.add(new Bar(String.join(" · ", parts), row.get(value).asDouble()));
    }
    bars.sort(java.util.Comparator.comparingDouble(b -> -b.value()));
    List<Bar> shown = bars.subList(0, Math.min(MAX_BARS, bars.size()));
    return new Chart(
        shown.stream().map(Bar::label).toList(),
        List.of(new Series(api.get("snapshot").asText(), shown.stream().map(Bar::value).toList())));
  }

  private static Double value(JsonNode api, String origin) {
    for (JsonNode row : api.get("rows")) {
      if (row.get("origin").asText().equals(origin)) {
        return row.get("share").asDouble();
      }
    }
    return null;
  }

  private static void assertChartIs(String name, JsonNode api) {
    if (api.get("chart_data").isNull()) {
      assertThat(text("card-" + name)).as(name).contains("A table without a chart");
      return;
    }
    Chart expected = expected(api);
    if (expected.labels().isEmpty()) {
      assertThat(text("card-" + name)).as(name).contains("No rows");
      return;
    }
    assertThat(rendered(name)).as(name).isEqualTo(expected);
    String x = api.get("chart").get("x").asText(null);
    if (x != null) {
      java.util.TreeSet<String> dated = new java.util.TreeSet<>();
      api.get("rows")
          .forEach(
              r -> {
                if (r.get(x).asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                  dated.add(r.get(x).asText());
                }
              });
      assertThat(rendered(name).labels())
          .as(name + ": every time point")
          .containsExactlyElementsOf(dated);
    }
    WebElement box = browser.driver().findElement(By.id("chart-" + name));
    assertThat(box.getSize().getHeight()).as(name).isGreaterThan(100);
    assertThat(box.findElements(By.cssSelector("svg path"))).as(name + " drawn").isNotEmpty();
    assertThat(text("card-" + name))
        .contains("Chart: " + api.get("chart_data").get("shows").asText());
  }

  private static void assertCaption(String name, JsonNode api) {
    String card = text("card-" + name);
    assertThat(card)
        .as(name)
        .contains(
            "Snapshot " + api.get("snapshot").asText(),
            "Window: " + api.get("window").asText(),
            "Scope: " + api.get("scope").asText(),
            "Data: "
                + (api.get("indicator_credits").isEmpty()
                    ? api.get("credits").get(0).asText()
                    : api.get("indicator_credits").get(0).asText()));
    assertThat(card)
        .as(name + ": one short credit line, the full list at the foot")
        .doesNotContain(api.get("credits").get(api.get("credits").size() - 1).asText());
    WebElement csv = browser.driver().findElement(By.cssSelector("#card-" + name + " a.csv"));
    assertThat(csv.getDomAttribute("href")).isEqualTo(api.get("links").get("csv").asText());
    assertThat(served.get(api.get("links").get("csv").asText()).statusCode()).isEqualTo(200);
  }

  /**
   * Whole-page screenshots at a 1,400 px and a 390 px window, after checking that the page does not
   * scroll sideways at either width. A dashboard page is loaded again at 390 px, as a phone loads
   * it (its charts size their axes and labels to the width they are drawn at).
   */
  private static void screenshots(String name) {
    for (int width : new int[] {1400, 390}) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(
              d ->
                  ((Number) browser.driver().executeScript("return window.innerWidth")).intValue()
                      <= width);
      boolean dashboard =
          Boolean.TRUE.equals(
              browser
                  .driver()
                  .executeScript(
                      "return !!(window.observatory && window.observatory.renders > 0)"));
      if (width < 1400 && dashboard) {
        browser.driver().navigate().refresh();
        awaitRenders(1);
      }
      long scroll =
          ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth"))
              .longValue();
      long inner =
          ((Number) browser.driver().executeScript("return window.innerWidth")).longValue();
      assertThat(scroll)
          .as(name + " at " + width + " px scrolls sideways")
          .isLessThanOrEqualTo(inner);
      browser.screenshot(name + "-" + width);
    }
  }

  private static void open(String path) {
    // A screenshot grows the window to the page; each page starts from the same size.
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    browser.open(served.url(path));
    awaitRenders(1);
  }

  private static void choose(String select, String value) {
    long before = renders();
    new Select(browser.driver().findElement(By.id(select))).selectByValue(value);
    awaitRenders(before + 1);
  }

  private static long renders() {
    Object n =
        browser
            .driver()
            .executeScript("return window.observatory ? window.observatory.renders : 0");
    return ((Number) n).longValue();
  }

  private static void awaitRenders(long n) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser
                        .driver()
                        .executeScript(
                            "var o = window.observatory;"
                                + " return !!(o && o.ready && o.renders >= arguments[0]);",
                            n)));
    assertThat(browser.driver().executeScript("return window.observatory.error || null")).isNull();
  }

  private static List<String> cards() {
    return browser.driver().findElements(By.cssSelector("section.card[data-indicator]")).stream()
        .map(e -> e.getDomAttribute("data-indicator"))
        .toList();
  }

  private static String text(String id) {
    return browser.driver().findElement(By.id(id)).getDomProperty("textContent");
  }

  private static JsonNode charts() {
    return ServedDemo.parse(
        (String)
            browser.driver().executeScript("return JSON.stringify(window.observatory.charts)"));
  }

  /** The option the ECharts instance on the page holds: what it draws. */
  private static JsonNode option(String key) {
    return ServedDemo.parse(
        (String)
            browser
                .driver()
                .executeScript(
                    "var c = echarts.getInstanceByDom(document.getElementById('chart-' + arguments[0]));"
                        + " return JSON.stringify(c.getOption());",
                    key));
  }

  private static Chart rendered(String key) {
    JsonNode o = option(key);
    JsonNode categories =
        o.get("yAxis").get(0).get("type").asText().equals("category")
            ? o.get("yAxis").get(0).get("data")
            : o.get("xAxis").get(0).get("data");
    List<String> labels = new ArrayList<>();
    categories.forEach(c -> labels.add(c.asText()));
    List<Series> series = new ArrayList<>();
    for (JsonNode s : o.get("series")) {
      if (s.get("type").asText().equals("custom")) {
        continue;
      }
      List<Double> data = new ArrayList<>();
      s.get("data")
          .forEach(
              v -> {
                JsonNode n = v.isObject() ? v.get("value") : v;
                data.add(n == null || n.isNull() ? null : n.asDouble());
              });
      String name = s.get("name").asText();
      Series same = series.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (same == null) {
        series.add(new Series(name, data));
      } else {
        // a line cut where snapshots are not comparable: its pieces are one series
        for (int i = 0; i < data.size(); i++) {
          if (data.get(i) != null) {
            same.data().set(i, data.get(i));
          }
        }
      }
    }
    return new Chart(labels, series);
  }

  /** The tree the lineage chart draws, without ECharts' own bookkeeping fields. */
  private static JsonNode treeData() {
    JsonNode root = option("lineage").get("series").get(0).get("data").get(0);
    return strip(root);
  }

  private static JsonNode strip(JsonNode node) {
    com.fasterxml.jackson.databind.node.ObjectNode out = ServedDemo.JSON.createObjectNode();
    for (String f : List.of("name", "relation", "depth", "author", "value", "has_record")) {
      out.set(f, node.get(f));
    }
    com.fasterxml.jackson.databind.node.ArrayNode children = out.putArray("children");
    node.get("children").forEach(c -> children.add(strip(c)));
    return out;
  }

  private static List<Long> column(WebElement card, int index) {
    return card.findElements(By.cssSelector("tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(index).getText().replace(",", ""))
        .map(Long::parseLong)
        .toList();
  }

  /** The relative luminance (0 black to 1 white) of a CSS rgb()/rgba() colour. */
  private static double luminance(String css) {
    String[] p = css.replaceAll("[^0-9.,]", "").split(",");
    double r = Double.parseDouble(p[0]) / 255;
    double g = Double.parseDouble(p[1]) / 255;
    double b = Double.parseDouble(p[2]) / 255;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static int count(JsonNode node) {
    int n = 1;
    for (JsonNode c : node.get("children")) {
      n += count(c);
    }
    return n;
  }
}
