package org.observatory.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.observatory.claims.ClaimsTable;

/**
 * The claims of the debate beside our figures, over HTTP: {@code /api/v1/claims} (figures as
 * numbers with their unit beside them) and {@code /api/v1/claims/csv}. A claim takes its figure
 * from the newest stored snapshot that has data for it, as {@code observatory claims} does.
 */
final class ClaimRoutes {
  private final ServedDatabase db;
  private final Figures figures;

  ClaimRoutes(ServedDatabase db, Figures figures) {
    this.db = db;
    this.figures = figures;
  }

  /** {@code GET /api/v1/claims}. */
  void claims(Context ctx) {
    try (Lease lease = db.lease()) {
      Generation g = lease.generation();
      ObjectNode out = JsonValues.object();
      out.set(
          "snapshots",
          JsonValues.strings(g.snapshots().stream().map(s -> s.date()).sorted().toList()));
      out.put(
          "note",
          "Each claim as said, where it really comes from and its scope, beside our figure on the"
              + " data loaded, with our scope and date and a verdict: consistent, differs, not"
              + " comparable (a different scope; our figure shown anyway) or no data. Figures are"
              + " numbers in their unit (share: a fraction of 1; usd; downloads; models; score 0-1),"
              + " their text beside them.");
      out.set("claims", JsonValues.rows(rows(g)));
      out.put("csv", "/api/v1/claims/csv");
      ctx.json(out);
    }
  }

  /** {@code GET /api/v1/claims/csv}: the same rows as {@code claims --format csv}. */
  void csv(Context ctx) {
    try (Lease lease = db.lease()) {
      IndicatorRoutes.sendCsv(ctx, rows(lease.generation()), "claims");
    }
  }

  private List<Map<String, Object>> rows(Generation g) {
    return ClaimsTable.data(figures.claims(g));
  }
}
