package org.observatory.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.observatory.report.Html;

/**
 * The dashboard's pages: server-rendered shells (navigation, filters, which indicators the page
 * shows) that {@code /static/dashboard.js} fills from the API with ECharts charts. A page lists
 * indicator numbers, not names, so indicators added to the catalog appear on their page (and on
 * "All indicators") without a change here.
 */
final class Dashboard {
  /** The ECharts version of the webjar on the class path, for its URL under /webjars. */
  static final String ECHARTS = webjarVersion("echarts");

  /** The icon and style sheet of every page the dashboard serves. */
  private static final String LINKS =
      "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
          + "<link rel=\"stylesheet\" href=\"/static/dashboard.css\">";

  /**
   * One page.
   *
   * @param numbers the indicator numbers it shows; empty for all
   * @param missing a note per number shown when the report has no indicator of that number
   * @param filters the filters it offers besides the snapshot
   * @param nav whether the navigation lists it (the model page is reached by search and links)
   */
  record Page(
      String path,
      String key,
      String title,
      String intro,
      List<Integer> numbers,
      Map<Integer, String> missing,
      List<String> filters,
      boolean nav) {}

  static final List<Page> PAGES =
      List.of(
          new Page(
              "/",
              "scorecard",
              "Scorecard",
              "The headline figures of one snapshot: who leads open-source AI by adoption, foundation"
                  + " role and license openness. Each line links to its table.",
              List.of(),
              Map.of(),
              List.of(),
              true),
          new Page(
              "/claims",
              "claims",
              "Claims",
              "The claims of the debate beside our figures on the data loaded: where each claim really"
                  + " comes from and its scope, our figure with its scope and date, and a verdict with"
                  + " the reason. Each claim takes its figure from the newest snapshot that has data"
                  + " for it.",
              List.of(),
              Map.of(),
              List.of(),
              true),
          new Page(
              "/adoption",
              "adoption",
              "Adoption by country",
              "Downloads by the origin of the publisher, of the foundation model, and of first-party"
                  + " models, over every stored snapshot and in one; and how concentrated they are.",
              List.of(1, 2, 3, 8),
              Map.of(),
              List.of("compare", "origin"),
              true),
          new Page(
              "/derivatives",
              "derivatives",
              "Derivatives and builders",
              "Who builds on whose foundation models: derivatives by the origin of their roots and"
                  + " relation, and the builders who publish them.",
              List.of(4, 5),
              Map.of(),
              List.of("compare", "origin", "relation"),
              true),
          new Page(
              "/families",
              "families",
              "Families and lineage",
              "Model families by root and by root author, and the lineage tree under a chosen root.",
              List.of(6),
              Map.of(),
              List.of("compare", "origin", "relation"),
              true),
          new Page(
              "/licenses",
              "licenses",
              "Licenses and openness",
              "License classes of models and downloads, overall and by origin; and openness of model"
                  + " families.",
              List.of(7, 11),
              Map.of(
                  11,
                  "Openness (indicator 11: EOSAI dimensions, MOF class and OSAID verdict per model"
                      + " family) appears here once the report computes it from ingested EOSAI and"
                      + " MOF data."),
              List.of("compare", "origin", "license_class"),
              true),
          new Page(
              "/usage",
              "usage",
              "Usage and savings",
              "Who serves the tokens: weekly usage by the origin of the model's maker and open vs"
                  + " closed weights, and what moving closed demand to open models would save.",
              List.of(9, 10),
              Map.of(
                  9,
                  "Usage share (indicator 9: weekly tokens by origin and open vs closed weights,"
                      + " OpenRouter data) appears here once the report computes it from ingested"
                      + " usage data.",
                  10,
                  "Savings (indicator 10: open vs closed price gap weighted by usage, with a"
                      + " sensitivity range) appears here once the report computes it from ingested"
                      + " usage and price data."),
              List.of("compare", "origin"),
              true),
          new Page(
              "/trends",
              "trends",
              "Trends and the frontier",
              "Who leads since when: new derivatives and new models by month of creation and origin,"
                  + " when a challenger overtook the leader, downloads by model size, and open-weight"
                  + " models above the training-compute thresholds regulation keys on.",
              List.of(13, 14, 15),
              Map.of(),
              List.of("compare", "origin"),
              true),
          new Page(
              "/indicators",
              "all",
              "All indicators",
              "Every indicator of the report, in catalog order.",
              List.of(),
              Map.of(),
              List.of("compare", "origin", "relation", "license_class"),
              true),
          new Page(
              "/model",
              "model",
              "Model",
              "One model as the snapshot knows it: what `observatory explain` says, and its lineage.",
              List.of(),
              Map.of(),
              List.of(),
              false));

  private Dashboard() {}

  static void render(Page page, Context ctx) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html(page));
  }

  static String html(Page page) {
    StringBuilder b = new StringBuilder(4096);
    head(page, b);
    filters(page, b);
    b.append("<main><h1>").append(Html.escape(page.title())).append("</h1>");
    b.append("<p class=\"intro\">").append(Html.escape(page.intro())).append("</p>");
    page.missing()
        .forEach(
            (n, note) ->
                b.append("<template class=\"missing\" data-number=\"")
                    .append(n)
                    .append("\">")
                    .append(Html.escape(note))
                    .append("</template>"));
    b.append("<div id=\"content\" aria-live=\"polite\"><p class=\"loading\">Loading…</p></div>");
    b.append("</main>");
    foot(b);
    return b.toString();
  }

  /** The page a browser gets for a path nothing answers (an API client gets JSON). */
  static String notFound(String path) {
    Page page =
        new Page(
            path,
            "not-found",
            "Not found",
            "Nothing here answers " + path + ".",
            List.of(),
            Map.of(),
            List.of(),
            false);
    StringBuilder b = new StringBuilder(2048);
    head(page, b);
    b.append("<main><h1>Page not found</h1><p class=\"intro\">There is no page at <code>")
        .append(Html.escape(path))
        .append("</code>. The dashboard's pages are listed above; the API is described at")
        .append(" <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>.</p></main>");
    foot(b);
    return b.toString();
  }

  private static void head(Page page, StringBuilder b) {
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(page.title()))
        .append(" — Open Model Observatory</title>")
        .append(LINKS)
        .append("<script src=\"/webjars/echarts/")
        .append(ECHARTS)
        .append("/dist/echarts.min.js\"></script>")
        .append("<script src=\"/static/dashboard.js\" defer></script></head>");
    b.append("<body data-page=\"")
        .append(page.key())
        .append("\" data-numbers=\"")
        .append(page.numbers().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append("\">");
    header(page, b);
    b.append("<form id=\"search\" role=\"search\" action=\"/model\">")
        .append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\"")
        .append(" placeholder=\"Find a model: any part of its id\" aria-label=\"Find a model\">")
        .append("<ul id=\"search-results\" hidden></ul></form></header>");
  }

  /**
   * The methodology as the dashboard serves it: core's page of METHODOLOGY.md (where every chart's
   * "Definition" link leads) under the dashboard's header and navigation, so that a reader gets
   * back to the figures; without the search box, which needs the dashboard's script.
   */
  static String methodology(String toolVersion) {
    StringBuilder header = new StringBuilder();
    header(null, header);
    header.append("</header>");
    return org.observatory.report.Methodology.bundled().page(toolVersion, LINKS, header.toString());
  }

  /** The opening of the header: the brand and the navigation, {@code current} marked. */
  private static void header(Page current, StringBuilder b) {
    b.append("<header><a class=\"brand\" href=\"/\">Open Model Observatory</a><nav>");
    for (Page p : PAGES) {
      if (!p.nav()) {
        continue;
      }
      b.append("<a href=\"")
          .append(p.path())
          .append(p == current ? "\" class=\"current\" aria-current=\"page\">" : "\">")
          .append(Html.escape(p.title()))
          .append("</a>");
    }
    b.append("</nav>");
  }

  private static void foot(StringBuilder b) {
    b.append("<footer><h2 id=\"data-credits\">Data credits</h2><ul id=\"credits\"></ul>")
        .append("<p>Definitions: <a href=\"/methodology\">methodology</a> (METHODOLOGY.md). API:")
        .append(" <a href=\"/api/v1/openapi.json\">")
        .append("/api/v1/openapi.json</a>. Charts: Apache ECharts ")
        .append(ECHARTS)
        .append(" (Apache-2.0), served from this server.</p></footer></body></html>");
  }

  private static void filters(Page page, StringBuilder b) {
    b.append("<form id=\"filters\" onsubmit=\"return false\">");
    if (page.key().equals("claims")) {
      b.append(
              "<p class=\"fixed\">Every stored snapshot: each claim from the newest with data.</p>")
          .append("</form>");
      return;
    }
    select(b, "snapshot", "Snapshot", List.of());
    if (page.filters().contains("compare")) {
      select(b, "compare", "Compare with", List.of(""));
    }
    if (page.filters().contains("origin")) {
      select(b, "origin", "Origin", List.of(""));
    }
    if (page.filters().contains("relation")) {
      select(b, "relation", "Relation", withAll(Params.RELATIONS));
    }
    if (page.filters().contains("license_class")) {
      select(b, "license_class", "License class", withAll(Params.LICENSE_CLASSES));
    }
    b.append("</form>");
  }

  private static List<String> withAll(List<String> values) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), values.stream()).toList();
  }

  private static void select(StringBuilder b, String name, String label, List<String> options) {
    b.append("<label>")
        .append(Html.escape(label))
        .append(" <select name=\"")
        .append(name)
        .append("\" id=\"f-")
        .append(name)
        .append("\">");
    for (String o : options) {
      b.append("<option value=\"")
          .append(Html.escape(o))
          .append("\">")
          .append(o.isEmpty() ? (name.equals("compare") ? "—" : "all") : Html.escape(o))
          .append("</option>");
    }
    b.append("</select></label>");
  }

  private static String webjarVersion(String npmName) {
    String resource = "META-INF/maven/org.webjars.npm/" + npmName + "/pom.properties";
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing webjar " + resource);
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
