package org.observatory.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.claims.ClaimReports;
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsCatalog;
import org.observatory.claims.ClaimsEvaluator;
import org.observatory.claims.ClaimsTable;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.ReportBuilder;
import org.observatory.report.TrendSettings;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory claims}: the claims of the debate beside our figures on the data loaded. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Sets each claim of the debate (claims/claims.yaml) beside our figure on the data loaded: the claim, its"
          + " source and scope, ours with scope and date, and a verdict (consistent, differs, not comparable,"
          + " no data) with the reason.",
      "A claim takes its figure from the newest snapshot that has data for it, computed in the scope"
          + " the claim states for itself (ATOM's new derivatives: more than 5 downloads, as report"
          + " --min-downloads 6)."
    })
final class ClaimsCommand implements Callable<Integer> {
  enum Format {
    TABLE,
    JSON,
    CSV
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase database;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table|json|csv (default: ${DEFAULT-VALUE}). In json and csv the figures are numbers"
              + " (unit beside them: share as a fraction of 1, usd, downloads, models, score),"
              + " with their text in claimed_text and ours_text.")
  Format format;

  @CommandLine.Mixin OriginsOption origins;

  @Override
  public Integer call() throws Exception {
    OriginRegistry registry = origins.registry();
    List<ClaimVerdict> verdicts;
    try (Store store = database.openReadOnly();
        DuckDbEngine engine = new DuckDbEngine(store, registry, LicenseClassifier.bundled())) {
      verdicts =
          evaluate(
              engine,
              new StoreClaimReports(
                  store, new ReportBuilder(engine)::build, (s, min) -> engine(s, registry, min)));
    }
    if (format == Format.JSON) {
      new com.fasterxml.jackson.databind.ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValue(spec.commandLine().getOut(), ClaimsTable.data(verdicts));
      spec.commandLine().getOut().println();
    } else if (format == Format.CSV) {
      org.observatory.report.CsvReport.writeRows(
          ClaimsTable.data(verdicts), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
    } else {
      new ClaimsPrinter(spec.commandLine().getOut()).print(verdicts);
    }
    return ExitCodes.OK;
  }

  /**
   * An engine with the default settings of {@code claims} and {@code demo} (the registry given,
   * bundled license table, default savings, no groups) but this minimum of downloads: the scope a
   * claim states for itself.
   */
  static DuckDbEngine engine(Store store, OriginRegistry registry, long minDownloads) {
    return new DuckDbEngine(
        store,
        registry,
        LicenseClassifier.bundled(),
        UsageSettings.defaults(),
        TrendSettings.defaults().withMinDownloads(minDownloads),
        OriginGroups.NONE);
  }

  /** Every claim on the engine's snapshots, newest first. */
  static List<ClaimVerdict> evaluate(IndicatorEngine engine, ClaimReports reports) {
    engine.snapshot(null); // a usage error when there is none
    List<LocalDate> dates =
        engine.snapshots().stream()
            .map(SnapshotInfo::date)
            .sorted(Comparator.reverseOrder())
            .toList();
    return new ClaimsEvaluator(ClaimsCatalog.bundled()).evaluate(dates, reports);
  }
}
