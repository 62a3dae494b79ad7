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
          + " usage-csv, llm-prices; also eosai, mof, epoch-models, spdx-licenses.",
      "A file listed with the same sha256 in the MANIFEST.json of a fetch (its folder or up to two above)"
          + " keeps its URL, fetch time and ETag/Last-Modified beside its sha256.",
      "Exit codes: 0 ok, 2 usage error, 3 bad input (nothing is stored; a database the call"
          + " created is removed)."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TargetDatabase db;

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

  @Option(
      names = "--allow-empty",
      description =
          "Accept a file without records (else bad input: an empty snapshot would become the"
              + " latest).")
  boolean allowEmpty;

  @Option(
      names = "--max-record-mb",
      defaultValue = "64",
      description =
          "Longest record read (a JSON Lines line, a JSON array element, a CSV row, a whole YAML or"
              + " usage file), in MB of text; longer is bad input (default: ${DEFAULT-VALUE}).")
  long maxRecordMb;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (maxBad < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-bad must be 0 or more, not " + maxBad);
    }
    if (maxRecordMb < 1 || maxRecordMb > 1024) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-record-mb must be 1 to 1024, not " + maxRecordMb);
    }
    IngestRequest request =
        new IngestRequest(
            paths, format, snapshot, FieldMap.parse(map), maxBad, allowEmpty, maxRecordMb << 20);
    long start = System.nanoTime();
    try (CreatedFiles created = CreatedFiles.forDatabase(db.path())) {
      try (Store store = Store.open(db.path());
          TerminalProgress progress = TerminalProgress.forStderr(spec.commandLine().getErr())) {
        IngestReport report =
            new Ingester(store, DatasetLoaders.all(), DatasetLoaders.manifests())
                .ingest(request, progress == null ? IngestProgress.NONE : progress);
        Summaries.warnings(report, spec.commandLine().getErr());
        Summaries summaries = new Summaries(spec.commandLine().getOut());
        summaries.ingest(report, System.nanoTime() - start);
        summaries.snapshots(store.snapshots(), report.snapshots());
        summaries.datasets(store.datasets());
      }
      created.keep();
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
