package org.observatory.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.observatory.claims.ClaimReports;
import org.observatory.engine.DuckDbEngine;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.TrendSettings;
import org.observatory.store.Store;

/**
 * The reports the claims of a command read from one DuckDB store: the snapshot's report as the
 * command builds it, or, for a claim that states its own minimum of downloads, one built with that
 * minimum by an engine of the command's other settings on a connection of its own (so that its
 * temporary tables leave the command's engine alone), holding only the indicators that minimum
 * changes; each once.
 */
final class StoreClaimReports implements ClaimReports {
  private final Store store;
  private final Function<LocalDate, Report> reports;
  private final BiFunction<Store, Long, DuckDbEngine> engines;
  private final Map<String, Report> built = new HashMap<>();

  /**
   * @param reports the command's report of a snapshot
   * @param engines an engine over a connection with the command's settings but this minimum of
   *     downloads
   */
  StoreClaimReports(
      Store store,
      Function<LocalDate, Report> reports,
      BiFunction<Store, Long, DuckDbEngine> engines) {
    this.store = store;
    this.reports = reports;
    this.engines = engines;
  }

  @Override
  public Report report(LocalDate date, Long minDownloads) {
    if (minDownloads == null) {
      return reports.apply(date);
    }
    return built.computeIfAbsent(
        date + "/" + minDownloads,
        k -> {
          try (Store session = store.session();
              DuckDbEngine engine = engines.apply(session, minDownloads)) {
            return new ReportBuilder(engine).only(TrendSettings.FILTERED).build(date);
          }
        });
  }
}
