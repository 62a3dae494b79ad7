package org.observatory.claims;

import static java.util.Objects.requireNonNull;

/**
 * How much of what a claim's figure sums over our data can see, and how much a verdict needs: a
 * partial sum set beside a claimed total would mislead (a cumulative claim against the all-time
 * downloads of only the models that carry an all-time count).
 *
 * @param field the indicator column holding the coverage (a share, 0 to 1), read from the first
 *     kept row
 * @param min the least coverage for a verdict; below it the verdict is {@code no data}, unless the
 *     claim reads "at least" and the partial sum, a lower bound, already reaches it
 * @param of what the share is of, as a reader should see it in the reason
 */
public record Coverage(String field, double min, String of) {
  public Coverage {
    requireNonNull(field, "field");
    requireNonNull(of, "of");
    if (!(min > 0 && min <= 1)) {
      throw new IllegalArgumentException("coverage min must be in (0, 1]: " + min);
    }
  }
}
