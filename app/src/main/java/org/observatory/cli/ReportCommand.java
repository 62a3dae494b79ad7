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
import org.observatory.model.UsageException;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.CsvReport;
import org.observatory.report.HtmlReport;
import org.observatory.report.JsonReport;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.TableReport;
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
      description = "With --format csv: only this indicator, as a plain table.")
  String indicator;

  @Option(
      names = "--out",
      description =
          "Write to this file instead of standard output (missing folders are created; never over a"
              + " database unless --force).")
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

  @Override
  public Integer call() throws IOException {
    if (out != null) {
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
    Report report;
    try (Store store = Store.openReadOnly(db)) {
      report =
          new ReportBuilder(store, registry, LicenseClassifier.bundled(), usage).build(snapshot);
    }
    if (out == null) {
      write(report, spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(report, new PrintWriter(w));
      }
      spec.commandLine()
          .getOut()
          .println(
              "Wrote "
                  + format.name().toLowerCase()
                  + " report of snapshot "
                  + report.date()
                  + " to "
                  + out);
    }
    return ExitCodes.OK;
  }

  private void write(Report report, PrintWriter w) {
    switch (format) {
      case JSON -> JsonReport.write(report, w);
      case CSV -> {
        if (indicator == null) {
          CsvReport.writeAll(report, w);
        } else {
          try {
            CsvReport.writeIndicator(report.indicator(indicator), w);
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
        }
      }
      case HTML -> {
        List<ClaimVerdict> claims =
            new ClaimsEvaluator(ClaimsCatalog.bundled())
                .evaluate(List.of(report.date()), d -> report);
        HtmlReport.write(report, List.of(ClaimsTable.section(claims)), w);
      }
      default -> TableReport.write(report, w);
    }
    w.flush();
  }
}
