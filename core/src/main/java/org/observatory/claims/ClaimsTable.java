package org.observatory.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.report.Section;

/**
 * Claim verdicts as rows: as text (figures written in their unit, for the CLI table and the HTML
 * report's cards) or as data (figures as numbers with their unit beside them, for JSON, CSV and the
 * API).
 */
public final class ClaimsTable {
  private ClaimsTable() {}

  /**
   * The verdicts with their figures as numbers: {@code claimed}, {@code ours}, {@code ours_low},
   * {@code ours_high} in {@code unit} (share: a fraction of 1; usd: US dollars; downloads, models:
   * a count; score: 0 to 1), each beside its text ({@code claimed_text}, {@code ours_text}); and
   * {@code coverage}, the share of the data a partial sum sees (null unless the claim has one).
   */
  public static List<Map<String, Object>> data(List<ClaimVerdict> verdicts) {
    return verdicts.stream().map(ClaimsTable::dataRow).toList();
  }

  private static Map<String, Object> dataRow(ClaimVerdict v) {
    Claim c = v.claim();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", c.id());
    row.put("claim", c.claim());
    row.put("said_by", c.saidBy());
    row.put("source", c.source());
    row.put("source_scope", c.sourceScope());
    row.put("unit", c.unit());
    row.put("claimed", c.claimed());
    row.put("claimed_text", ClaimsEvaluator.format(c.unit(), c.claimed()));
    row.put("ours", v.ours());
    row.put("ours_low", v.oursLow());
    row.put("ours_high", v.oursHigh());
    row.put("ours_text", ClaimsEvaluator.ours(v));
    row.put("coverage", v.coverage());
    row.put("our_scope", c.ourScope());
    row.put("snapshot", v.snapshot() == null ? null : v.snapshot().toString());
    row.put("window", v.window());
    row.put("verdict", v.verdict());
    row.put("reason", v.reason());
    return row;
  }

  public static List<Map<String, Object>> rows(List<ClaimVerdict> verdicts) {
    return verdicts.stream().map(ClaimsTable::row).toList();
  }

  /** A verdict as text: the data row with its figures written in their unit. */
  static Map<String, Object> row(ClaimVerdict v) {
    Map<String, Object> data = dataRow(v);
    Map<String, Object> row = new LinkedHashMap<>();
    for (String key :
        List.of("id", "claim", "said_by", "source", "source_scope", "claimed", "ours")) {
      row.put(key, data.get(key + (key.equals("claimed") || key.equals("ours") ? "_text" : "")));
    }
    row.put("our_scope", data.get("our_scope"));
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
        rows(verdicts),
        true);
  }
}
