package org.observatory.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.report.SnapshotsJson;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * The Observatory's web app: the REST API under {@code /api/v1} (described by {@code
 * /api/v1/openapi.json}), the dashboard pages, their script and style under {@code /static}, and
 * ECharts from its webjar under {@code /webjars}. Read-only: every route is a GET.
 */
public final class WebApp {
  private static final String OPENAPI = "web/openapi.json";

  private WebApp() {}

  /**
   * The app for loopback clients only, not yet started: the caller picks host and port ({@code
   * start(host, port)}).
   */
  public static Javalin create(WebServices services) {
    return create(services, WebAccess.loopback());
  }

  /** The app, answering the host names and CORS origins {@code access} allows. */
  public static Javalin create(WebServices services, WebAccess access) {
    Figures figures = new Figures(services.origins(), services.licenses());
    ServedDatabase db = services.database();
    db.prepareCopiesWith(figures::warm);
    Map<String, Handler> api = api(db, figures);
    byte[] openapi = resource(OPENAPI);
    return Javalin.create(
        config -> {
          configure(config);
          config.routes.before(access::check);
          api.forEach(config.routes::get);
          config.routes.get(
              "/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
          for (Dashboard.Page page : Dashboard.PAGES) {
            config.routes.get(page.path(), ctx -> Dashboard.render(page, ctx));
          }
          String methodology = Dashboard.methodology(org.observatory.model.Release.TEXT);
          config.routes.get(
              "/methodology",
              ctx -> ctx.contentType("text/html; charset=utf-8").result(methodology));
          // a browser may ask for this whatever icon the page links (and does for a page without)
          config.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
          config.routes.exception(Exception.class, ErrorResponses::handle);
          config.routes.error(404, ErrorResponses::unmatched);
        });
  }

  /** Every API route but the OpenAPI document, by path (all GET), in the document's order. */
  static Map<String, Handler> api(ServedDatabase db, Figures figures) {
    IndicatorRoutes indicators = new IndicatorRoutes(db, figures);
    ModelRoutes models = new ModelRoutes(db, figures);
    ClaimRoutes claims = new ClaimRoutes(db, figures);
    Map<String, Handler> api = new LinkedHashMap<>();
    api.put("/api/v1/status", ctx -> status(db, ctx));
    api.put("/api/v1/snapshots", ctx -> snapshots(db, ctx));
    api.put("/api/v1/report", indicators::report);
    api.put("/api/v1/scorecard", indicators::scorecard);
    api.put("/api/v1/claims", claims::claims);
    api.put("/api/v1/claims/csv", claims::csv);
    api.put("/api/v1/indicators", indicators::list);
    api.put("/api/v1/indicators/{name}", indicators::one);
    api.put("/api/v1/indicators/{name}/csv", indicators::csv);
    api.put("/api/v1/compare/{name}", indicators::compare);
    api.put("/api/v1/series/{name}", indicators::series);
    api.put("/api/v1/series/{name}/csv", indicators::seriesCsv);
    api.put("/api/v1/model", models::model);
    api.put("/api/v1/models/<id>", models::model);
    api.put("/api/v1/lineage", models::lineage);
    api.put("/api/v1/lineage/csv", models::lineageCsv);
    api.put("/api/v1/search", models::search);
    return api;
  }

  private static void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(JsonValues.MAPPER, false));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    config.staticFiles.enableWebjars();
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/web/static";
          files.location = Location.CLASSPATH;
        });
  }

  private static void status(ServedDatabase db, Context ctx) {
    ServedDatabase.Status s = db.status();
    ObjectNode out = JsonValues.object();
    out.put("database", s.database());
    out.put("generation", s.generation());
    out.put("loaded_at", s.loadedAt().toString());
    out.set("snapshots", JsonValues.strings(s.snapshots()));
    out.put("last_failure", s.lastFailure());
    out.put("last_failure_at", s.lastFailureAt() == null ? null : s.lastFailureAt().toString());
    out.put(
        "design",
        "served from an in-memory copy of the database file, copied again when the file changes"
            + " and no writer holds it");
    ctx.json(out);
  }

  private static void snapshots(ServedDatabase db, Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      ObjectNode out = JsonValues.object();
      out.put("latest", g.latest().map(Object::toString).orElse(null));
      ArrayNode list = out.putArray("snapshots");
      List<Map<String, Object>> missing;
      try (Store session = g.session()) {
        missing = session.missingSources();
      }
      for (SnapshotInfo s : g.snapshots()) {
        list.add(SnapshotsJson.snapshot(s, missing));
      }
      ctx.json(out);
    }
  }

  /** The paths of the API, for checks against the OpenAPI document. */
  static List<String> apiPaths() {
    return List.copyOf(api(null, null).keySet());
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
