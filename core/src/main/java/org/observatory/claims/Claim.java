package org.observatory.claims;

import static java.util.Objects.requireNonNull;

/**
 * One claim of the debate, as {@code claims/claims.yaml} records it: the words, who said it and
 * from what source and scope, the claimed figure, and the measure of ours to set beside it.
 *
 * @param unit share, downloads, usd, models or score (how figures are written)
 * @param comparable whether our scope measures the same thing as the claim's
 * @param why why it is (or is not) comparable
 * @param tolerance the absolute difference still called consistent
 * @param comparison how the claimed figure reads: {@code exact} (the default), {@code at_least}
 *     ("over 70%": consistent when ours reaches it) or {@code at_most}
 * @param snapshotBased whether our figure depends on the snapshot (downloads, lineage), so that the
 *     snapshot is named beside it; usage, openness and Epoch figures do not
 * @param needs what to fetch or ingest for our figure, said with {@code no data}; null for the
 *     generic advice
 * @param coverage how much of the data our figure sums over, and how much a verdict needs; null
 *     when our figure is not a partial sum
 */
public record Claim(
    String id,
    String claim,
    String saidBy,
    String source,
    String sourceScope,
    double claimed,
    String unit,
    Measure measure,
    String ourScope,
    boolean comparable,
    String why,
    Double tolerance,
    String comparison,
    boolean snapshotBased,
    String needs,
    Coverage coverage) {
  public Claim {
    requireNonNull(id, "id");
    requireNonNull(claim, "claim");
    requireNonNull(source, "source");
    requireNonNull(sourceScope, "source_scope");
    requireNonNull(unit, "unit");
    requireNonNull(measure, "measure");
    requireNonNull(ourScope, "our_scope");
    comparison = comparison == null ? "exact" : comparison;
    if (!java.util.List.of("exact", "at_least", "at_most").contains(comparison)) {
      throw new IllegalArgumentException(id + ": comparison must be exact, at_least or at_most");
    }
  }
}
