package org.observatory.claims;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A claim beside our figure: the value (or range) we measure, the snapshot and window it holds for,
 * the verdict ({@code consistent}, {@code differs}, {@code not comparable} or {@code no data}) and
 * the reason.
 *
 * @param ours our figure, null when the data it needs is not loaded
 * @param oursLow the low end of our range (equal to ours for a single figure)
 * @param oursHigh the high end of our range
 * @param snapshot the snapshot whose report gave our figure (null for no data)
 * @param coverage the share of the data our figure sums over (the claim's {@link Coverage}), null
 *     when the claim has none or no report has data for it
 */
public record ClaimVerdict(
    Claim claim,
    Double ours,
    Double oursLow,
    Double oursHigh,
    LocalDate snapshot,
    String window,
    String verdict,
    String reason,
    Double coverage) {
  public ClaimVerdict {
    requireNonNull(claim, "claim");
    requireNonNull(verdict, "verdict");
    requireNonNull(reason, "reason");
  }
}
