package org.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.report.IndicatorCatalog;
import org.observatory.report.IndicatorSpec;

/**
 * The REST API on the demo database, served on a free loopback port: figures equal {@code report
 * --format json} (and {@code --format csv}) of the same snapshot, filters keep the rows they name,
 * model detail, lineage and search stay within their bounds, and bad parameters get 4xx JSON.
 */
class WebApiTest {
  private static final String TREES = "2025-04-26";
  private static final String ORGS = "2025-10-12";

  @TempDir static Path dir;
  private static ServedDemo served;

  @BeforeAll
  static void serveTheDemo() {
    served = ServedDemo.start(dir);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  static Stream<String> snapshots() {
    return Stream.of(TREES, ORGS);
  }

  static Stream<Arguments> indicatorsBySnapshot() {
    return snapshots()
        .flatMap(d -> IndicatorCatalog.bundled().stream().map(s -> Arguments.of(d, s.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snapshots")
  void theReportIsExactlyTheCliJsonReport(String snapshot) {
    JsonNode cli = cliJson(snapshot);

    assertThat(served.json("/api/v1/report?snapshot=" + snapshot)).isEqualTo(cli);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("indicatorsBySnapshot")
  void eachIndicatorHasTheRowsAndMetaOfTheCliJsonReport(String snapshot, String name) {
    JsonNode cli = cliJson(snapshot);
    JsonNode api = served.json("/api/v1/indicators/" + name + "?snapshot=" + snapshot);

    assertThat(api.get("rows")).isEqualTo(cli.get(name));
    assertThat(api.get("rows_total").asInt()).isEqualTo(cli.get(name).size());
    assertThat(api.get("snapshot").asText()).isEqualTo(snapshot);
    JsonNode meta = cli.get("meta").get(name);
    for (String field : List.of("number", "title", "definition", "scope", "window")) {
      assertThat(api.get(field)).as(field).isEqualTo(meta.get(field));
    }
    assertThat(api.get("credits")).isEqualTo(cli.get("credits"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("indicatorsBySnapshot")
  void eachCsvIsTheCliCsvOfTheIndicator(String snapshot, String name) {
    ServedDemo.CliResult cli =
        ServedDemo.cli(
            "report",
            "--db",
            served.db().toString(),
            "--snapshot",
            snapshot,
            "--format",
            "csv",
            "--indicator",
            name);
    HttpResponse<String> api =
        served.get("/api/v1/indicators/" + name + "/csv?snapshot=" + snapshot);

    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("text/csv"));
    assertThat(api.body()).isEqualTo(cli.out());
  }

  @Test
  void theIndicatorListFollowsTheCatalogAndLinksEachTable() {
    JsonNode list = served.json("/api/v1/indicators?snapshot=" + TREES);
    List<String> names = new ArrayList<>();
    list.get("indicators").forEach(i -> names.add(i.get("indicator").asText()));

    assertThat(names)
        .containsExactlyElementsOf(
            IndicatorCatalog.bundled().stream().map(IndicatorSpec::name).toList());
    assertThat(list.get("origins").toString()).contains("\"CN\"", "\"US\"", "\"UNATTRIBUTED\"");
    for (JsonNode i : list.get("indicators")) {
      String csv = i.get("links").get("csv").asText();
      assertThat(served.get(csv).statusCode()).as(csv).isEqualTo(200);
    }
  }

  @Test
  void anOriginFilterKeepsThatOriginAndSaysWhereItDoesNotApply() {
    JsonNode cn =
        served.json("/api/v1/indicators/downloads_by_origin?snapshot=" + TREES + "&origin=cn");
    JsonNode concentration =
        served.json("/api/v1/indicators/concentration?snapshot=" + TREES + "&origin=CN");

    assertThat(cn.get("rows")).hasSize(1);
    assertThat(cn.get("rows").get(0).get("origin").asText()).isEqualTo("CN");
    assertThat(cn.get("filters").get("origin").asText()).isEqualTo("CN");
    assertThat(cn.get("links").get("csv").asText()).endsWith("&origin=CN");
    assertThat(concentration.get("rows")).hasSize(concentration.get("rows_total").asInt());
    assertThat(concentration.get("ignored_filters").get("origin").asText()).isEqualTo("CN");
  }

  @Test
  void relationAndLicenseClassFiltersKeepOnlyTheirRows() {
    JsonNode finetunes =
        served.json(
            "/api/v1/indicators/derivatives_by_foundation_origin?snapshot="
                + TREES
                + "&relation=finetune");
    JsonNode osi =
        served.json(
            "/api/v1/indicators/license_classes_by_origin?snapshot="
                + TREES
                + "&license_class=osi-approved&origin=US");

    assertThat(finetunes.get("rows").size()).isPositive();
    finetunes
        .get("rows")
        .forEach(r -> assertThat(r.get("relation").asText()).isEqualTo("finetune"));
    assertThat(osi.get("rows")).hasSize(1);
    assertThat(osi.get("rows").get(0).get("class").asText()).isEqualTo("osi-approved");
    assertThat(osi.get("rows").get(0).get("origin").asText()).isEqualTo("US");
  }

  @Test
  void compareGivesBothSnapshotsEachWithItsWindow() {
    JsonNode c = served.json("/api/v1/compare/downloads_by_origin?a=" + TREES + "&b=" + ORGS);

    assertThat(c.get("a").get("rows")).isEqualTo(cliJson(TREES).get("downloads_by_origin"));
    assertThat(c.get("b").get("rows")).isEqualTo(cliJson(ORGS).get("downloads_by_origin"));
    assertThat(c.get("a").get("window").asText()).contains(TREES);
    assertThat(c.get("b").get("window").asText()).contains(ORGS);
  }

  @Test
  void theSeriesIsTheReportsSeriesWithItsCsv() {
    JsonNode s = served.json("/api/v1/series/downloads_by_origin");
    JsonNode cn = served.json("/api/v1/series/downloads_by_origin?origin=CN");

    assertThat(s.get("rows")).isEqualTo(cliJson(ORGS).get("series").get("downloads_by_origin"));
    assertThat(s.get("window").asText()).contains("never be summed");
    assertThat(cn.get("rows")).hasSize(2);
    assertThat(served.get(cn.get("csv").asText()).body()).startsWith("snapshot,origin,");
  }

  @Test
  void modelDetailIsTheExplainContent() {
    JsonNode m = served.json("/api/v1/model?id=TheBloke/Llama-2-7B-Chat-GGUF&snapshot=" + TREES);
    JsonNode byPath = served.json("/api/v1/models/TheBloke/Llama-2-7B-Chat-GGUF?snapshot=" + TREES);
    String explain =
        ServedDemo.cli(
                "explain",
                "--db",
                served.db().toString(),
                "--snapshot",
                TREES,
                "TheBloke/Llama-2-7B-Chat-GGUF")
            .out();

    assertThat(byPath).isEqualTo(m);
    JsonNode root = m.get("roots").get(0);
    assertThat(explain)
        .contains(
            root.get("root").asText() + "  weight 1.000  depth " + root.get("depth").asInt(),
            "foundation origin " + root.get("foundation_origin").get("origin").asText(),
            m.get("parents").get(0).get("parent").asText()
                + "  "
                + m.get("parents").get(0).get("relation").asText());
    assertThat(root.get("root").asText()).isEqualTo("meta-llama/Llama-2-7b-chat-hf");
    assertThat(root.get("foundation_origin").get("origin").asText()).isEqualTo("US");
  }

  @Test
  void theLineageSubtreeKeepsToItsDepthAndSize() {
    JsonNode small =
        served.json(
            "/api/v1/lineage?id=meta-llama/Llama-2-7b-chat-hf&depth=1&max_nodes=5&snapshot="
                + TREES);
    JsonNode deeper =
        served.json(
            "/api/v1/lineage?id=meta-llama/Llama-2-7b-chat-hf&depth=3&max_nodes=2000&snapshot="
                + TREES);

    assertThat(small.get("node_count").asInt()).isEqualTo(5);
    assertThat(small.get("truncated").asBoolean()).isTrue();
    assertThat(small.get("tree").get("children")).hasSize(4);
    small.get("tree").get("children").forEach(c -> assertThat(c.get("depth").asInt()).isEqualTo(1));
    assertThat(count(deeper.get("tree"))).isEqualTo(deeper.get("node_count").asInt());
    assertThat(maxDepth(deeper.get("tree"))).isBetween(2, 3);
    String csv = served.get(small.get("csv").asText()).body();
    assertThat(csv.lines()).hasSize(5).first().asString().startsWith("id,parent,relation,depth");
  }

  @Test
  void searchFindsIdsContainingTheTextAnywherePrefixesFirst() {
    JsonNode r = served.json("/api/v1/search?q=gemma&limit=100&snapshot=" + TREES);
    List<String> ids = r.get("results").findValuesAsText("id");

    assertThat(ids).contains("google/gemma-7b");
    assertThat(ids).allSatisfy(id -> assertThat(id.toLowerCase()).contains("gemma"));
    assertThat(ids).anySatisfy(id -> assertThat(id.toLowerCase()).doesNotStartWith("gemma"));
  }

  @Test
  void aBrowserGetsAnHtmlNotFoundPageAndAClientJson() throws Exception {
    java.net.http.HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(served.url("/no-such-page"))
                    .header("Accept", "text/html,application/xhtml+xml")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Page not found", "/no-such-page", "href=\"/adoption\"");
    assertThat(served.get("/no-such-page").headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  @Test
  void theMethodologyIsServedWithTheAnchorsTheIndicatorsLinkTo() {
    HttpResponse<String> page = served.get("/methodology");
    JsonNode one = served.json("/api/v1/indicators/families?snapshot=" + TREES);
    String link = one.get("methodology").asText();

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(link).startsWith("/methodology#");
    assertThat(page.body()).contains("id=\"" + link.substring(link.indexOf('#') + 1) + "\"");
  }

  @Test
  void searchFindsIdsByPrefixWithinItsLimit() {
    JsonNode r = served.json("/api/v1/search?q=META-LLAMA/&limit=3&snapshot=" + TREES);

    assertThat(r.get("results")).hasSize(3);
    r.get("results")
        .forEach(x -> assertThat(x.get("id").asText()).startsWithIgnoringCase("meta-llama/"));
    assertThat(r.get("results").get(0).get("downloads").asLong())
        .isGreaterThanOrEqualTo(r.get("results").get(1).get("downloads").asLong());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/indicators/downloads_by_origin?snapshot=2024-01-01|404",
        "/api/v1/report?snapshot=2024-01-01|404",
        "/api/v1/indicators/downloads_by_origin?snapshot=2025-02-30|400",
        "/api/v1/indicators/downloads_by_origin?snapshot=latest|400",
        "/api/v1/indicators/downloads_by_origin?origin=%27%20OR%201%3D1|400",
        "/api/v1/indicators/downloads_by_origin?origin=%27%20OR%20%271%27%3D%271|400",
        "/api/v1/indicators/downloads_by_origin?relation=finetune%3B%20DROP%20TABLE%20models|400",
        "/api/v1/indicators/license_classes?license_class=mit|400",
        "/api/v1/search?q=meta&limit=10%5E9|400",
        "/api/v1/search?q=meta&limit=1000000000|400",
        "/api/v1/search?q=meta&limit=0|400",
        "/api/v1/search?q=%27%20OR%201%3D1%20--|400",
        "/api/v1/search|400",
        "/api/v1/model?id=../../etc/passwd|400",
        "/api/v1/model?id=..%2F..%2Fetc%2Fpasswd|400",
        "/api/v1/models/../../etc/passwd|400",
        "/api/v1/models/..%2F..%2Fetc%2Fpasswd|400",
        "/api/v1/model?id=no-such-org/no-such-model|404",
        "/api/v1/model|400",
        "/api/v1/lineage?id=meta-llama/Llama-2-7b-chat-hf&depth=99|400",
        "/api/v1/lineage?id=meta-llama/Llama-2-7b-chat-hf&max_nodes=2001|400",
        "/api/v1/lineage?id=meta-llama/Llama-2-7b-chat-hf&relation=total|400",
        "/api/v1/indicators/no_such_indicator|404",
        "/api/v1/indicators/no_such_indicator/csv|404",
        "/api/v1/compare/downloads_by_origin?a=2025-04-26|400",
        "/api/v1/series/families|404",
        "/api/v1/no/such/endpoint|404",
        "/no-such-page|404"
      })
  void badParametersGet4xxJsonWithoutAStackTrace(String path, int status) {
    HttpResponse<String> r = served.get(path);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = ServedDemo.parse(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception", "\tat ", "org.observatory.", "duckdb");
  }

  @Test
  void theStoreIsUntouchedByHostileParameters() {
    served.get("/api/v1/search?q=x&snapshot=2025-04-26%27%3B%20DROP%20TABLE%20models%3B%20--");

    assertThat(served.json("/api/v1/snapshots").get("snapshots")).hasSize(2);
    assertThat(served.json("/api/v1/indicators/downloads_by_origin?snapshot=" + TREES).get("rows"))
        .isEqualTo(cliJson(TREES).get("downloads_by_origin"));
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteAndNoOther() {
    JsonNode doc = served.json("/api/v1/openapi.json");
    List<String> documented = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    List<String> routes =
        Stream.concat(
                WebApp.apiPaths().stream().map(p -> p.replaceAll("<([a-z]+)>", "{$1}")),
                Stream.of("/api/v1/openapi.json"))
            .toList();

    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
    doc.get("paths")
        .forEach(
            p -> assertThat(p.get("get").get("responses").has("200")).as(p.toString()).isTrue());
  }

  @Test
  void theClaimsAreTheCliClaimsWithFiguresAsNumbersAndTheirCsv() {
    JsonNode api = served.json("/api/v1/claims");
    ServedDemo.CliResult json =
        ServedDemo.cli("claims", "--db", served.db().toString(), "--format", "json");
    ServedDemo.CliResult csv =
        ServedDemo.cli("claims", "--db", served.db().toString(), "--format", "csv");

    assertThat(api.get("claims")).isEqualTo(ServedDemo.parse(json.out()));
    for (JsonNode c : api.get("claims")) {
      assertThat(c.get("claimed").isNumber()).as(c.get("id").asText()).isTrue();
      assertThat(c.get("ours").isNumber() || c.get("ours").isNull()).isTrue();
      assertThat(c.get("unit").asText()).isIn("share", "usd", "downloads", "models", "score");
    }
    HttpResponse<String> r = served.get(api.get("csv").asText());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.body()).isEqualTo(csv.out());
  }

  /**
   * The trend indicators that rest on lineage (new derivatives by month, crossover, the foundation
   * view of size classes) say so on the snapshot without edges, as indicators 2-6 do; and so do the
   * scorecard's lines of lineage indicators, instead of "(no data)".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "new_derivatives_by_month,true",
    "crossover,true",
    "downloads_by_size_class,false",
  })
  void aTrendIndicatorOnLineageSaysWhereLineageIs(String name, boolean empty) {
    JsonNode orgs = served.json("/api/v1/indicators/" + name + "?snapshot=" + ORGS);

    assertThat(orgs.get("rows").isEmpty()).isEqualTo(empty);
    assertThat(orgs.get("lineage_note").get("text").asText())
        .contains("holds no lineage edges")
        .contains(empty ? "has no rows" : "every model is its own root");
    assertThat(orgs.get("lineage_note").get("snapshots"))
        .extracting(JsonNode::asText)
        .containsExactly(TREES);
    assertThat(served.json("/api/v1/indicators/" + name + "?snapshot=" + TREES).has("lineage_note"))
        .isFalse();
  }

  @Test
  void theScorecardLinesOfLineageIndicatorsSayWhereLineageIs() {
    JsonNode orgs = served.json("/api/v1/scorecard?snapshot=" + ORGS);
    JsonNode trees = served.json("/api/v1/scorecard?snapshot=" + TREES);
    List<String> lineage =
        IndicatorCatalog.bundled().stream()
            .filter(IndicatorSpec::lineage)
            .map(IndicatorSpec::name)
            .toList();

    int noted = 0;
    for (JsonNode line : orgs.get("lines")) {
      String figures = line.get("figures").asText();
      if (lineage.contains(line.get("indicator").asText())) {
        assertThat(figures)
            .as(line.get("label").asText())
            .doesNotContain("(no data)")
            .contains("no lineage edges in this snapshot")
            .contains("see the snapshot of " + TREES);
        noted++;
      } else {
        assertThat(figures).doesNotContain("lineage");
      }
    }
    assertThat(noted)
        .as("derivatives, all roots, builders, families, crossover, ...")
        .isGreaterThan(6);
    for (JsonNode line : trees.get("lines")) {
      assertThat(line.get("figures").asText()).doesNotContain("no lineage edges");
    }
  }

  @Test
  void aLineageIndicatorOfASnapshotWithoutEdgesSaysWhereLineageIs() {
    JsonNode orgs =
        served.json("/api/v1/indicators/derivatives_by_foundation_origin?snapshot=" + ORGS);
    JsonNode trees =
        served.json("/api/v1/indicators/derivatives_by_foundation_origin?snapshot=" + TREES);

    assertThat(orgs.get("rows")).isEmpty();
    assertThat(orgs.get("lineage_note").get("text").asText()).contains("holds no lineage edges");
    assertThat(orgs.get("lineage_note").get("snapshots"))
        .extracting(JsonNode::asText)
        .containsExactly(TREES);
    assertThat(trees.has("lineage_note")).isFalse();
    assertThat(
            served
                .json("/api/v1/indicators/downloads_by_origin?snapshot=" + ORGS)
                .has("lineage_note"))
        .as("indicator 1 does not rest on lineage")
        .isFalse();
  }

  @Test
  void statusAndSnapshotsDescribeTheServedCopy() {
    JsonNode status = served.json("/api/v1/status");
    JsonNode snapshots = served.json("/api/v1/snapshots");

    assertThat(status.get("generation").asLong()).isPositive();
    assertThat(status.get("snapshots").toString()).contains(TREES, ORGS);
    assertThat(snapshots.get("latest").asText()).isEqualTo(ORGS);
    assertThat(snapshots.get("snapshots").get(0).get("sources")).hasSize(10);
  }

  @Test
  void pagesAndTheirScriptsAreServedFromTheJar() {
    for (Dashboard.Page page : Dashboard.PAGES) {
      HttpResponse<String> r = served.get(page.path());
      assertThat(r.statusCode()).as(page.path()).isEqualTo(200);
      assertThat(r.body()).contains("data-page=\"" + page.key() + "\"", "/static/dashboard.js");
    }
    assertThat(served.get("/static/dashboard.js").statusCode()).isEqualTo(200);
    assertThat(
            served
                .get("/webjars/echarts/" + Dashboard.ECHARTS + "/dist/echarts.min.js")
                .statusCode())
        .isEqualTo(200);
  }

  private static final java.util.Map<String, JsonNode> CLI_JSON =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code report --format json} of the served file, once per snapshot. */
  private static JsonNode cliJson(String snapshot) {
    return CLI_JSON.computeIfAbsent(snapshot, WebApiTest::runReport);
  }

  private static JsonNode runReport(String snapshot) {
    ServedDemo.CliResult r =
        ServedDemo.cli(
            "report", "--db", served.db().toString(), "--snapshot", snapshot, "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return ServedDemo.parse(r.out());
  }

  private static int count(JsonNode node) {
    int n = 1;
    for (JsonNode c : node.get("children")) {
      n += count(c);
    }
    return n;
  }

  private static int maxDepth(JsonNode node) {
    int d = node.get("depth").asInt();
    for (JsonNode c : node.get("children")) {
      d = Math.max(d, maxDepth(c));
    }
    return d;
  }
}
