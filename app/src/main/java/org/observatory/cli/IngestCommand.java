package org.observatory.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code observatory ingest}: Hub model metadata files into dated snapshots, and reference datasets
 * (usage, prices) beside them.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads Hub model metadata into dated snapshots of the store, all files in one transaction.",
      "Formats: auto (from content), hub-json, hub-jsonl, hub-parquet, model-tree-csv, csv (with --map).",
      "Usage and prices (told by content, no snapshot date): openrouter-weekly, openrouter-models,"
          + " usage-csv, llm-prices.",
      "Exit codes: 0 ok, 2 usage error, 3 bad input (nothing is stored)."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      description = "DuckDB database file (created if missing).")
  Path db;

  @Option(
      names = "--snapshot",
      description =
          "Snapshot date YYYY-MM-DD for every file (default: the date in each file name).")
  LocalDate snapshot;

  @Option(
      names = "--format",
      defaultValue = "auto",
      converter = FormatConverter.class,
      description =
          "auto|hub-json|hub-jsonl|hub-parquet|model-tree-csv|csv (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(
      names = "--map",
      description =
          "field=column pairs for sources with their own column names, e.g. id=repo_id,author=owner.")
  String map;

  @Option(
      names = "--max-bad",
      defaultValue = "0",
      description =
          "Accept up to N unusable records (unreadable, or without a model id); default 0.")
  long maxBad;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() {
    IngestRequest request = new IngestRequest(paths, format, snapshot, FieldMap.parse(map), maxBad);
    long start = System.nanoTime();
    try (Store store = Store.open(db);
        TerminalProgress progress = TerminalProgress.forStderr(spec.commandLine().getErr())) {
      IngestReport report =
          new Ingester(store, DatasetLoaders.all())
              .ingest(request, progress == null ? IngestProgress.NONE : progress);
      Summaries.warnings(report, spec.commandLine().getErr());
      Summaries summaries = new Summaries(spec.commandLine().getOut());
      summaries.ingest(report, System.nanoTime() - start);
      summaries.snapshots(store.snapshots(), report.snapshots());
      summaries.datasets(store.datasets());
    }
    return ExitCodes.OK;
  }

  /** Parses {@code --format} names such as {@code hub-jsonl}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      try {
        return InputFormat.ofCliName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
