package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.observatory.cli.ExitCodes;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.Folders;
import org.observatory.model.UsageException;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.EngineProvider;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.ReportDifference;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory bench engines}: the same report on the DuckDB engine and on the Spark engine,
 * timed. Needs the Spark engine on the class path (the spark module's jar through {@code
 * spark-submit}).
 */
@Command(
    name = "engines",
    mixinStandardHelpOptions = true,
    description = {
      "A benchmark, run by hand: generates N synthetic Hub records, ingests them into a fresh DuckDB file,"
          + " and times the report (every indicator) on the DuckDB engine, the export, and the same report on"
          + " the Spark engine from the export; exits 1 if the two reports differ.",
      "Run it with the spark module's jar: spark-submit --master URL --class org.observatory.Main"
          + " spark/target/observatory-spark.jar bench engines --models N"
    })
final class BenchEnginesCommand implements Callable<Integer> {
  private static final LocalDate SNAPSHOT = LocalDate.of(2025, 10, 1);
  private static final double MB = 1024.0 * 1024.0;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--spark-master",
      paramLabel = "URL",
      description = "The Spark cluster (default: the one spark-submit set, else this machine).")
  String sparkMaster;

  @CommandLine.Mixin GeneratedInput input = new GeneratedInput(200_000);

  @Override
  public Integer call() throws IOException {
    EngineProvider spark =
        EngineProvider.find("spark")
            .orElseThrow(
                () ->
                    new UsageException(
                        "bench engines: the Spark engine is not on the class path; run it with"
                            + " spark/target/observatory-spark.jar through spark-submit"));
    PrintWriter out = spec.commandLine().getOut();
    Path path = input.open("engines");
    Path folder = path.getParent();
    Path db = folder.resolve("bench-engines.duckdb");
    Path parquet = folder.resolve("bench-engines-parquet");
    try {
      out.printf(
          Locale.ROOT,
          "Engines benchmark: the report of generated models on DuckDB and on Spark%n");
      input.generate(out, "models");
      PhaseClock ingest = PhaseClock.start("ingest (DuckDB file)");
      try (Store store = Store.open(db)) {
        new Ingester(store)
            .ingest(IngestRequest.of(InputFormat.HUB_JSONL, SNAPSHOT, path), IngestProgress.NONE);
      }
      print(out, ingest.stop());
      Report duckDbReport;
      try (Store store = Store.openReadOnly(db);
          DuckDbEngine duckDb =
              new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
        PhaseClock clock = PhaseClock.start("report on DuckDB");
        duckDbReport = new ReportBuilder(duckDb).build(SNAPSHOT, clock::step);
        print(out, clock.stop());
        PhaseClock export = PhaseClock.start("export (Parquet, reference tables)");
        duckDb.export(List.of(SNAPSHOT), parquet);
        print(out, export.stop());
      }
      Report sparkReport;
      PhaseClock clock = PhaseClock.start("report on Spark");
      try (IndicatorEngine engine = spark.open(parquet.toString(), sparkMaster)) {
        clock.step("session");
        sparkReport = new ReportBuilder(engine).build(SNAPSHOT, clock::step);
      }
      PhaseTime sparkTime = clock.stop();
      print(out, sparkTime);
      Optional<String> difference = ReportDifference.of(sparkReport, duckDbReport);
      out.printf(
          Locale.ROOT,
          "reports       %s%n",
          difference
              .map(d -> "DIFFER: " + d)
              .orElse("equal (every indicator, series, data quality; numbers within 1e-9)"));
      out.flush();
      return difference.isPresent() ? ExitCodes.FAILURE : ExitCodes.OK;
    } finally {
      Folders.deleteTree(parquet);
      input.close(out, List.of(db, wal(db)));
    }
  }

  private static Path wal(Path db) {
    return db.resolveSibling(db.getFileName() + ".wal");
  }

  private static void print(PrintWriter out, PhaseTime phase) {
    out.printf(
        Locale.ROOT,
        "%-36s %8.2f s  peak heap %,6.0f MB%n",
        phase.name(),
        phase.seconds(),
        phase.memory().heapBytes() / MB);
    for (PhaseTime s : phase.steps()) {
      out.printf(Locale.ROOT, "  %-34s %8.2f s%n", s.name(), s.seconds());
    }
    out.flush();
  }
}
