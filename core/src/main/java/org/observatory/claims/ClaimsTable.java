package org.observatory.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.report.Section;

/** Claim verdicts as table rows (for the CLI, JSON and the HTML report's claims section). */
public final class ClaimsTable {
  private ClaimsTable() {}

  public static List<Map<String, Object>> rows(List<ClaimVerdict> verdicts) {
    return verdicts.stream().map(ClaimsTable::row).toList();
  }

  static Map<String, Object> row(ClaimVerdict v) {
    Claim c = v.claim();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", c.id());
    row.put("claim", c.claim());
    row.put("said_by", c.saidBy());
    row.put("source", c.source());
    row.put("source_scope", c.sourceScope());
    row.put("claimed", ClaimsEvaluator.format(c.unit(), c.claimed()));
    row.put("ours", ClaimsEvaluator.ours(v));
    row.put("our_scope", c.ourScope());
    row.put("snapshot", v.snapshot() == null ? "" : v.snapshot().toString());
    row.put("window", v.window() == null ? "" : v.window());
    row.put("verdict", v.verdict());
    row.put("reason", v.reason());
    return row;
  }

  public static Section section(List<ClaimVerdict> verdicts) {
    return new Section(
        "claims",
        "Claims of the debate, checked",
        "Each claim as said, where it really comes from and its scope, beside our figure on the data loaded, with"
            + " our scope and date and a verdict: consistent, differs, not comparable (different scope; our"
            + " figure shown anyway) or no data. Claims and sources: claims/claims.yaml and CLAIMS.md.",
        rows(verdicts));
  }
}
