package org.observatory.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.license.LicenseVerdict;
import org.observatory.model.HubId;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Explanation;

/**
 * One model over HTTP: its explanation (the content of {@code explain}), its lineage subtree
 * (bounded depth and size) and a search by id prefix (bounded count).
 */
final class ModelRoutes {
  private final ServedDatabase db;
  private final Figures figures;

  ModelRoutes(ServedDatabase db, Figures figures) {
    this.db = db;
    this.figures = figures;
  }

  /** {@code GET /api/v1/model?id=} and {@code GET /api/v1/models/{org}/{name}}. */
  void model(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate d = p.snapshot("snapshot", g);
      String raw = ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : p.required("id");
      Explanation e = figures.explain(g, d, Params.modelId("id", raw));
      ctx.json(json(e));
    }
  }

  /** {@code GET /api/v1/lineage?id=}: the subtree under a node. */
  void lineage(Context ctx) {
    Tree t = tree(ctx);
    ObjectNode out = JsonValues.object();
    out.put("snapshot", t.date().toString());
    out.put("root", t.root().value());
    out.put("relation", t.relation());
    out.put("depth", t.depth());
    out.put("max_nodes", t.maxNodes());
    out.put("node_count", t.tree().size());
    out.put("truncated", t.tree().truncated());
    out.put(
        "note",
        "Each node appears once, under the first parent it is reached from at its least depth;"
            + " merges of several parents are shown under one of them.");
    out.put(
        "csv",
        "/api/v1/lineage/csv?id="
            + t.root().value()
            + "&snapshot="
            + t.date()
            + "&depth="
            + t.depth()
            + "&max_nodes="
            + t.maxNodes()
            + (t.relation() == null ? "" : "&relation=" + t.relation()));
    out.set("tree", t.tree().root());
    ctx.json(out);
  }

  /** {@code GET /api/v1/lineage/csv?id=}: the edges of the same subtree. */
  void lineageCsv(Context ctx) {
    Tree t = tree(ctx);
    IndicatorRoutes.sendCsv(
        ctx, t.tree().placed(), "lineage-" + t.root().value().replace('/', '_') + "-" + t.date());
  }

  private record Tree(
      LocalDate date, HubId root, String relation, int depth, int maxNodes, LineageTree tree) {}

  private Tree tree(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate d = p.snapshot("snapshot", g);
      HubId id = p.modelId("id");
      int depth = p.count("depth", Params.DEPTH, Params.DEPTH_MAX);
      int maxNodes = p.count("max_nodes", Params.NODES, Params.NODES_MAX);
      String relation = p.edgeRelation();
      int rowLimit = 2 * maxNodes + 1;
      List<Map<String, Object>> rows = figures.subtree(g, d, id, relation, depth, rowLimit);
      LineageTree tree =
          LineageTree.of(id.value(), figures.record(g, d, id), rows, maxNodes, rowLimit);
      return new Tree(d, id, relation, depth, maxNodes, tree);
    }
  }

  /** {@code GET /api/v1/search?q=}: nodes whose id starts with {@code q}. */
  void search(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      Params p = new Params(ctx);
      LocalDate d = p.snapshot("snapshot", g);
      String q = p.prefix("q");
      int limit = p.count("limit", Params.SEARCH_LIMIT, Params.SEARCH_LIMIT_MAX);
      ObjectNode out = JsonValues.object();
      out.put("snapshot", d.toString());
      out.put("q", q);
      out.put("limit", limit);
      out.set("results", JsonValues.rows(figures.search(g, d, q, limit)));
      ctx.json(out);
    }
  }

  private static ObjectNode json(Explanation e) {
    ObjectNode out = JsonValues.object();
    out.put("snapshot", e.snapshot().toString());
    out.put("id", e.id());
    out.put("author", e.author());
    out.set("record", e.record() == null ? null : JsonValues.row(e.record()));
    if (e.record() == null) {
      out.put("record_note", "the snapshot names this model only in a lineage edge");
    }
    out.set("source", e.source() == null ? null : JsonValues.row(e.source()));
    out.set("origin", origin(e.origin()));
    out.set("parents", JsonValues.rows(e.parents()));
    out.set("children", JsonValues.rows(e.children()));
    ArrayNode roots = out.putArray("roots");
    for (int i = 0; i < e.roots().size(); i++) {
      ObjectNode r = JsonValues.row(e.roots().get(i));
      r.set("foundation_origin", origin(e.rootOrigins().get(i)));
      roots.add(r);
    }
    LicenseVerdict v = e.license();
    if (v != null) {
      ObjectNode l = out.putObject("license");
      l.put("hub_license", v.hubLicense());
      l.put("key", v.key());
      l.put("class", v.licenseClass().key());
      l.put("meaning", v.licenseClass().meaning());
      l.put("reason", v.reason());
    }
    return out;
  }

  private static ObjectNode origin(Optional<Origin> found) {
    ObjectNode o = JsonValues.object();
    if (found.isEmpty()) {
      o.put("origin", OriginRegistry.UNATTRIBUTED);
      o.put("note", "author not in the origin registry");
      return o;
    }
    Origin f = found.get();
    o.put("origin", f.origin());
    o.put("org_name", f.orgName());
    o.put("kind", f.kind().label());
    o.put("source", f.source());
    return o;
  }
}
