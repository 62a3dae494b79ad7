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
        .filter(k -> !k.equals("scorecard") && !k.equals("claims"));
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
    browser.screenshot("dashboard-" + page.key());
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
    browser.screenshot("dashboard-scorecard");
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
    browser.screenshot("dashboard-claims");
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

  @Test
  void anotherSnapshotAndACompareChangeTheBars() {
    open("/adoption?snapshot=" + TREES);
    Chart trees = rendered("downloads_by_origin");

    choose("f-snapshot", ORGS);
    Chart orgs = rendered("downloads_by_origin");
    JsonNode api = served.json("/api/v1/indicators/downloads_by_origin?snapshot=" + ORGS);

    assertThat(orgs).isNotEqualTo(trees);
    assertThat(orgs).isEqualTo(expected(api));

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
            "Data: " + api.get("credits").get(0).asText());
    WebElement csv = browser.driver().findElement(By.cssSelector("#card-" + name + " a.csv"));
    assertThat(csv.getDomAttribute("href")).isEqualTo(api.get("links").get("csv").asText());
    assertThat(served.get(api.get("links").get("csv").asText()).statusCode()).isEqualTo(200);
  }

  private static void open(String path) {
    // A screenshot grows the window to the page; each page starts from the same size.
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
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
      series.add(new Series(s.get("name").asText(), data));
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

  private static int count(JsonNode node) {
    int n = 1;
    for (JsonNode c : node.get("children")) {
      n += count(c);
    }
    return n;
  }
}
