package org.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.claims.ClaimReports;
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsCatalog;
import org.observatory.claims.ClaimsEvaluator;
import org.observatory.claims.ClaimsTable;
import org.observatory.engine.DuckDbEngine;
import org.observatory.model.Folders;
import org.observatory.model.UsageException;
import org.observatory.report.CsvReport;
import org.observatory.report.EngineProvider;
import org.observatory.report.HtmlOptions;
import org.observatory.report.HtmlReport;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.JsonReport;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.Section;
import org.observatory.report.TableReport;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory report}: the adoption indicators of one snapshot. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Computes the indicators of a snapshot (default: the latest) and of the usage data loaded (every"
            + " week) as a table, JSON, CSV or HTML.")
final class ReportCommand implements Callable<Integer> {
  enum Format {
    TABLE,
    JSON,
    CSV,
    HTML
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  enum Engine {
    DUCKDB,
    SPARK
  }

  @Option(
      names = "--db",
      description = "DuckDB database file (required, but with --engine spark --parquet).")
  Path db;

  @Option(names = "--snapshot", description = "Snapshot date YYYY-MM-DD (default: the latest).")
  LocalDate snapshot;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table|json|csv|html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--indicator",
      paramLabel = "NAME",
      description =
          "Only this indicator, in any format (csv: as a plain table). An unknown name is a usage"
              + " error that lists the valid ones.")
  String indicator;

  @Option(
      names = "--out",
      paramLabel = "FILE|DIR",
      description =
          "Write to this file instead of standard output (missing folders are created; never over a"
              + " database unless --force). An existing folder (or a path ending in /) gets"
              + " report-DATE.<format>; for html also methodology.html and data/ (the report and each"
              + " indicator as CSV and JSON), all linked from the report.")
  Path out;

  @Option(
      names = "--force",
      description = "Let --out overwrite a DuckDB database file (the one read included).")
  boolean force;

  @CommandLine.Mixin FigureSettings settings;

  @Option(
      names = "--engine",
      defaultValue = "duckdb",
      description =
          "duckdb|spark: the engine that computes the figures, the same ones (default:"
              + " ${DEFAULT-VALUE}). spark needs the spark module's jar and Spark on the class path"
              + " (spark-submit, see README); it exports --db to a temporary folder first.")
  Engine engine;

  @Option(
      names = "--spark-master",
      paramLabel = "URL",
      description =
          "With --engine spark: the cluster, e.g. spark://host:7077 (default: the one spark-submit"
              + " set, else this machine).")
  String sparkMaster;

  @Option(
      names = "--parquet",
      paramLabel = "DIR",
      description =
          "With --engine spark: a folder `observatory export` wrote (a path or URI the cluster reads)"
              + " instead of --db; its origin registry and usage settings are those of the export.")
  String parquet;

  @Override
  public Integer call() throws IOException {
    boolean folder = out != null && (Files.isDirectory(out) || out.toString().endsWith("/"));
    if (out != null && !folder) {
      OutputFile.prepare(out, force, db == null ? List.of() : List.of(db));
    }
    Computed computed = engine == Engine.SPARK ? sparkReport() : duckDbReport();
    Report report = computed.report();
    List<SnapshotInfo> stored = computed.stored();
    List<ClaimVerdict> claims = computed.claims();
    if (indicator != null) {
      report = report.only(indicator);
    }
    if (out == null) {
      write(report, stored, claims, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    Path file = out;
    if (folder && format == Format.HTML) {
      file = ReportFiles.write(out, List.of(report), options(report, stored, claims)).get(0);
    } else {
      if (folder) {
        Files.createDirectories(out);
        file = out.resolve("report-" + report.date() + "." + format.name().toLowerCase());
        OutputFile.prepare(file, force, db == null ? List.of() : List.of(db));
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(report, stored, claims, new PrintWriter(w));
      }
    }
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + format.name().toLowerCase()
                + " report of snapshot "
                + report.date()
                + " to "
                + file
                + (folder && format == Format.HTML
                    ? " (with "
                        + ReportFiles.METHODOLOGY
                        + " and "
                        + ReportFiles.DATA
                        + "/ beside it)"
                    : ""));
    return ExitCodes.OK;
  }

  /**
   * A report, the snapshots its engine holds, and the claims beside its figures (for the HTML
   * report of every indicator; else empty).
   */
  private record Computed(Report report, List<SnapshotInfo> stored, List<ClaimVerdict> claims) {}

  /** Whether the report shows the claims (an HTML report of every indicator). */
  private boolean showsClaims() {
    return format == Format.HTML && indicator == null;
  }

  /**
   * The claims on this report; a claim that states its own minimum of downloads gets a report built
   * with it by {@code reports} (null: not computed, so that claim has no data).
   */
  private List<ClaimVerdict> claims(Report report, ClaimReports reports) {
    return showsClaims()
        ? new ClaimsEvaluator(ClaimsCatalog.bundled()).evaluate(List.of(report.date()), reports)
        : List.of();
  }

  private Computed duckDbReport() {
    if (parquet != null || sparkMaster != null) {
      throw new UsageException("--parquet and --spark-master go with --engine spark");
    }
    try (Store store = Store.openReadOnly(database());
        DuckDbEngine duckDb = settings.engine(store)) {
      Report report = new ReportBuilder(duckDb).build(snapshot);
      List<ClaimVerdict> claims =
          claims(
              report,
              new StoreClaimReports(
                  store,
                  d -> report,
                  (s, min) -> settings.engine(s, settings.trends().withMinDownloads(min))));
      return new Computed(report, duckDb.snapshots(), claims);
    }
  }

  /**
   * The report on Spark, from the folder given, or from every snapshot of the database exported to
   * a temporary folder (the time series reads them all).
   */
  private Computed sparkReport() throws IOException {
    EngineProvider provider =
        EngineProvider.find("spark")
            .orElseThrow(
                () ->
                    new UsageException(
                        "--engine spark: the Spark engine is not on the class path; run the report"
                            + " with spark/target/observatory-spark.jar through spark-submit (README,"
                            + " \"Spark engine\")"));
    if (parquet != null) {
      if (db != null || settings.given()) {
        throw new UsageException(
            "--parquet replaces --db; the registry and usage settings are those of the export");
      }
      return build(provider, parquet);
    }
    Path folder = Files.createTempDirectory("observatory-export");
    try {
      try (Store store = Store.openReadOnly(database());
          DuckDbEngine duckDb = settings.engine(store)) {
        duckDb.export(duckDb.snapshots().stream().map(SnapshotInfo::date).toList(), folder);
      }
      return build(provider, folder.toString());
    } finally {
      Folders.deleteTree(folder);
    }
  }

  private Computed build(EngineProvider provider, String folder) {
    try (IndicatorEngine spark = provider.open(folder, sparkMaster)) {
      Report report = new ReportBuilder(spark).build(snapshot);
      // the export fixed the trend settings: a claim with a filter of its own has no data here
      return new Computed(
          report, spark.snapshots(), claims(report, ClaimReports.only(d -> report)));
    }
  }

  private Path database() {
    if (db == null) {
      throw new UsageException("missing --db (a database file; or --engine spark --parquet DIR)");
    }
    return db;
  }

  private static HtmlOptions options(
      Report report, List<SnapshotInfo> stored, List<ClaimVerdict> claims) {
    List<Section> top =
        report.indicators().size() > 1 ? List.of(ClaimsTable.section(claims)) : List.of();
    return HtmlOptions.single(top, stored);
  }

  private void write(
      Report report, List<SnapshotInfo> stored, List<ClaimVerdict> claims, PrintWriter w) {
    switch (format) {
      case JSON -> JsonReport.write(report, w);
      case CSV -> {
        if (indicator == null) {
          CsvReport.writeAll(report, w);
        } else {
          CsvReport.writeIndicator(report.indicator(indicator), w);
        }
      }
      case HTML -> HtmlReport.write(report, options(report, stored, claims), w);
      default -> TableReport.write(report, w, Terminal.width(spec));
    }
    w.flush();
  }
}
