package org.observatory.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsTable;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.Folders;
import org.observatory.model.UsageException;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.HtmlOptions;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.Scorecard;
import org.observatory.report.Section;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory demo}: ingests the bundled real sample and prints what it holds. No network.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Builds a database from the bundled real sample (see sample/NOTICE.md), prints the scorecard of each"
            + " snapshot and writes report.html (into --out, else the current folder).")
final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLE = "sample/";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      description =
          "Folder for the demo database (observatory.duckdb, which must not exist yet: the demo never"
              + " writes into an existing database) and the HTML reports; default: database in"
              + " memory, reports in the current folder.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path db = out == null ? null : out.resolve("observatory.duckdb");
    if (db != null && Files.exists(db)) {
      throw new UsageException(
          db
              + " exists: the demo writes only into a fresh database, never into an existing one"
              + " (its snapshots would mix with the demo's); give another --out folder");
    }
    try (CreatedFiles created = db == null ? CreatedFiles.none() : CreatedFiles.forDatabase(db)) {
      run(db);
      created.keep();
    }
    return ExitCodes.OK;
  }

  private void run(Path db) throws IOException {
    Path dir = Files.createTempDirectory("observatory-sample");
    try (Store store = db == null ? Store.inMemory() : Store.open(db)) {
      Summaries summaries = new Summaries(spec.commandLine().getOut());
      spec.commandLine()
          .getOut()
          .println(
              "Open Model Observatory demo: the bundled real sample (Hugging Face Hub model metadata; sources in"
                  + " sample/NOTICE.md)");
      for (IngestRequest request : requests(dir)) {
        long start = System.nanoTime();
        IngestReport report =
            new Ingester(store, DatasetLoaders.all()).ingest(request, IngestProgress.NONE);
        if (request.format().isModelRecords()) {
          summaries.ingest(report, System.nanoTime() - start);
        } else {
          summaries.datasetIngest(report);
        }
      }
      spec.commandLine().getOut().println();
      summaries.snapshots(store.snapshots(), null);
      Path reports = out == null ? Path.of(".") : out;
      DuckDbEngine engine =
          new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled());
      ReportBuilder builder = new ReportBuilder(engine);
      Map<LocalDate, Report> built = new LinkedHashMap<>();
      for (SnapshotInfo s : engine.snapshots()) {
        built.put(s.date(), builder.build(s.date()));
      }
      List<ClaimVerdict> claims =
          ClaimsCommand.evaluate(
              engine,
              new StoreClaimReports(
                  store,
                  d -> built.computeIfAbsent(d, builder::build),
                  (s, min) -> ClaimsCommand.engine(s, OriginRegistry.bundled(), min)));
      spec.commandLine().getOut().println();
      new ClaimsPrinter(spec.commandLine().getOut()).print(claims);
      List<Section> top = List.of(ClaimsTable.section(claims));
      HtmlOptions options = HtmlOptions.single(top, store.snapshots());
      List<Report> reportsBuilt = List.copyOf(built.values());
      Files.createDirectories(reports);
      if (out != null) {
        ReportFiles.write(reports, reportsBuilt, options);
      } else {
        Map<LocalDate, String> names = new LinkedHashMap<>();
        reportsBuilt.forEach(r -> names.put(r.date(), ReportFiles.htmlName(r.date())));
        for (Report r : reportsBuilt) {
          ReportFiles.html(
              r,
              options.withFiles(names, null, null),
              reports.resolve(ReportFiles.htmlName(r.date())));
        }
      }
      Report report = reportsBuilt.get(reportsBuilt.size() - 1);
      for (Report r : reportsBuilt) {
        scorecard(r, engine.snapshots(), reports.resolve(ReportFiles.htmlName(r.date())));
      }
      Path latest = reports.resolve("report.html");
      Files.copy(
          reports.resolve(ReportFiles.htmlName(report.date())),
          latest,
          StandardCopyOption.REPLACE_EXISTING);
      spec.commandLine().getOut().println();
      spec.commandLine()
          .getOut()
          .println(
              "Wrote "
                  + latest
                  + " (the latest snapshot) and one report-DATE.html per snapshot"
                  + (out == null
                      ? "."
                      : ", with methodology.html and data/ (each indicator as CSV and JSON)."));
      if (out != null) {
        spec.commandLine()
            .getOut()
            .println(
                "Database kept at "
                    + out.resolve("observatory.duckdb")
                    + ": try `observatory report --db "
                    + out.resolve("observatory.duckdb")
                    + "`.");
      }
    } finally {
      Folders.deleteTree(dir);
    }
  }

  private void scorecard(Report report, List<SnapshotInfo> stored, Path html) {
    PrintWriter o = spec.commandLine().getOut();
    o.println();
    o.println("Scorecard, snapshot " + report.date() + " (" + html.getFileName() + ")");
    o.println("  Scope: " + report.scope());
    for (Scorecard.Line line : Scorecard.of(report, stored)) {
      o.printf("  %-52s %s%n", line.label(), line.figures());
    }
    o.println(
        "  Windows: 30-day downloads as of "
            + report.date()
            + "; counts as of the snapshot; usage and prices: "
            + report.indicator("usage_share_by_week").window()
            + ". Sources credited in the HTML report.");
    o.flush();
  }

  /**
   * The ingests listed in {@code sample/sample.txt}, one per run of lines with the same snapshot,
   * format and map (reference datasets such as openness have no snapshot: the date is empty); each
   * file copied out of the jar into {@code dir}.
   */
  static List<IngestRequest> requests(Path dir) throws IOException {
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    for (String line : resourceLines(SAMPLE + "sample.txt")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(";", 2);
      Path file = dir.resolve(f[0]);
      Files.createDirectories(file.getParent());
      try (InputStream in = resource(SAMPLE + f[0])) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      groups.computeIfAbsent(f[1], k -> new ArrayList<>()).add(file);
    }
    List<IngestRequest> out = new ArrayList<>();
    groups.forEach(
        (key, files) -> {
          String[] f = key.split(";", -1);
          out.add(
              new IngestRequest(
                  files,
                  InputFormat.ofCliName(f[1]),
                  f[0].isBlank() ? null : LocalDate.parse(f[0]),
                  FieldMap.parse(f[2]),
                  0));
        });
    return out;
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing bundled resource " + name));
    }
    return in;
  }
}
