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
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsCatalog;
import org.observatory.claims.ClaimsEvaluator;
import org.observatory.claims.ClaimsTable;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.CsvReport;
import org.observatory.report.HtmlOptions;
import org.observatory.report.HtmlReport;
import org.observatory.report.JsonReport;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.Section;
import org.observatory.report.TableReport;
import org.observatory.report.TrendSettings;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;
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

  @Option(names = "--db", required = true, description = "DuckDB database file.")
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

  @Option(
      names = "--origins",
      description =
          "A CSV (author,origin,org_name,kind,source) that overrides or extends the origin registry.")
  Path origins;

  @Option(
      names = "--efficiency",
      paramLabel = "MIN:MAX",
      description =
          "Savings: tokens per task of open models relative to the closed models they replace, as a"
              + " range (default: 1:4). The saving is reported at both ends.")
  String efficiency;

  @Option(
      names = "--capability",
      paramLabel = "FILE",
      description =
          "Savings: a CSV (model,band,source) of capability bands that overrides or extends the bundled"
              + " usage/capability.csv; closed demand moves only within a band.")
  Path capability;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Usage: a CSV (model,weights,source; weights open or closed) that overrides or extends the"
              + " bundled usage/open-weights-overrides.csv; its rows decide before the models API and"
              + " Epoch AI.")
  Path weights;

  @Option(
      names = "--group",
      paramLabel = "LABEL=CODE,...",
      description =
          "Report origin codes under one label, e.g. CN=CN,HK,MO (China with Hong Kong and Macao);"
              + " repeatable. The registry keeps HK and MO apart.")
  List<String> groups;

  @Option(
      names = "--min-downloads",
      paramLabel = "N",
      description =
          "Monthly series (new_derivatives_by_month, new_models_by_month, crossover): only models with"
              + " at least N 30-day downloads (default: 0, every node; ATOM's \"more than 5 downloads\""
              + " is 6).")
  Long minDownloads;

  @Option(
      names = "--thresholds",
      paramLabel = "FLOP,...",
      description =
          "open_weight_compute: training-compute thresholds in FLOP (default: 1e23,1e24,1e25,1e26;"
              + " 1e25 is the EU AI Act's, 1e26 US EO 14110's).")
  String thresholds;

  @Override
  public Integer call() throws IOException {
    boolean folder = out != null && (Files.isDirectory(out) || out.toString().endsWith("/"));
    if (out != null && !folder) {
      OutputFile.prepare(out, force, List.of(db));
    }
    OriginRegistry registry = OriginRegistry.bundled();
    if (origins != null) {
      registry = registry.withOverrides(origins);
    }
    UsageSettings usage = UsageSettings.defaults();
    if (efficiency != null) {
      usage = usage.withEfficiency(efficiency);
    }
    if (capability != null) {
      usage = usage.withBands(usage.bands().withOverrides(capability));
    }
    TrendSettings trends = TrendSettings.defaults();
    if (minDownloads != null) {
      trends = trends.withMinDownloads(minDownloads);
    }
    if (thresholds != null) {
      trends = trends.withThresholds(thresholds);
    }
    if (weights != null) {
      usage = usage.withWeights(usage.weights().withOverrides(weights));
    }
    Report report;
    List<SnapshotInfo> stored;
    try (Store store = Store.openReadOnly(db)) {
      report =
          new ReportBuilder(store, registry, LicenseClassifier.bundled(), usage, trends)
              .withGroups(OriginGroups.parse(groups))
              .build(snapshot);
      stored = store.snapshots();
    }
    if (indicator != null) {
      report = report.only(indicator);
    }
    if (out == null) {
      write(report, stored, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    Path file = out;
    if (folder && format == Format.HTML) {
      file = ReportFiles.write(out, List.of(report), options(report, stored)).get(0);
    } else {
      if (folder) {
        Files.createDirectories(out);
        file = out.resolve("report-" + report.date() + "." + format.name().toLowerCase());
        OutputFile.prepare(file, force, List.of(db));
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(report, stored, new PrintWriter(w));
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

  /** The HTML options: the claims on top (for a whole report), the stored snapshots. */
  private static HtmlOptions options(Report report, List<SnapshotInfo> stored) {
    List<Section> top = List.of();
    if (report.indicators().size() > 1) {
      List<ClaimVerdict> claims =
          new ClaimsEvaluator(ClaimsCatalog.bundled())
              .evaluate(List.of(report.date()), d -> report);
      top = List.of(ClaimsTable.section(claims));
    }
    return HtmlOptions.single(top, stored);
  }

  private void write(Report report, List<SnapshotInfo> stored, PrintWriter w) {
    switch (format) {
      case JSON -> JsonReport.write(report, w);
      case CSV -> {
        if (indicator == null) {
          CsvReport.writeAll(report, w);
        } else {
          CsvReport.writeIndicator(report.indicator(indicator), w);
        }
      }
      case HTML -> HtmlReport.write(report, options(report, stored), w);
      default -> TableReport.write(report, w, Terminal.width());
    }
    w.flush();
  }
}
