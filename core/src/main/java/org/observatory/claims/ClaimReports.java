package org.observatory.claims;

import java.time.LocalDate;
import org.observatory.report.Report;

/**
 * Where the claims evaluator gets reports: the report of a snapshot as the caller computes it, or,
 * for a claim whose measure states its own filter ({@link Measure#minDownloads()}, e.g. ATOM's
 * "more than 5 downloads"), the report of that snapshot computed with that filter.
 */
@FunctionalInterface
public interface ClaimReports {
  /**
   * The report of the snapshot of {@code date}.
   *
   * @param minDownloads the least 30-day downloads of the monthly series ({@code report
   *     --min-downloads}), or null for the caller's own settings
   * @return the report, or null when the caller cannot compute it with that setting (the claim then
   *     looks in the next snapshot, and has no data when none gives it)
   */
  Report report(LocalDate date, Long minDownloads);

  /** Reports of the caller's own settings only: a claim with a filter of its own has no data. */
  static ClaimReports only(java.util.function.Function<LocalDate, Report> reports) {
    return (date, minDownloads) -> minDownloads == null ? reports.apply(date) : null;
  }
}
