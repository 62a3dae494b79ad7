package org.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.observatory.generate.GeneratedFile;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.store.ParquetExport;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory generate hub}: Hub-shaped model records (JSON Lines or Parquet) drawn from the
 * fitted profile, one snapshot or a dated series.
 */
@Command(
    name = "hub",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic Hub API model records whose statistics follow real Hub data (downloads, org sizes,",
      "lineage by relation, licenses, dirt; core/src/main/resources/generate/hub-profile.json), byte-identical",
      "for a seed. With --snapshots K, writes K dated files (FILE stem + -YYYY-MM-DD): the last holds N models,",
      "earlier ones the models created by their date (same ids), at the fitted monthly growth rate.",
      "Prints one line per file: records, derivatives, bytes, path."
    })
final class GenerateHubCommand implements Callable<Integer> {
  enum Format {
    JSONL,
    PARQUET
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--models", required = true, description = "Models (in the last snapshot).")
  long models;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      description = "Output file; with --snapshots, the dated files go beside it.")
  Path out;

  @Option(
      names = "--format",
      description = "jsonl or parquet (default: from the file name, .parquet or else jsonl).")
  Format format;

  @Option(
      names = "--force",
      description = "Let --out (or a dated file beside it) overwrite a DuckDB database file.")
  boolean force;

  @Option(
      names = "--snapshots",
      defaultValue = "1",
      description = "Dated snapshots to write (default: ${DEFAULT-VALUE}).")
  int snapshots;

  @Option(
      names = "--from",
      description =
          "Date of the first (or only) snapshot, YYYY-MM-DD (default: the last is 2025-10-01).")
  LocalDate from;

  @Option(
      names = "--every",
      defaultValue = "30",
      description = "Days between snapshots (default: ${DEFAULT-VALUE}).")
  int every;

  @Override
  public Integer call() throws IOException {
    if (models < 1 || snapshots < 1 || every < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--models, --snapshots and --every must be at least 1");
    }
    Format f = format != null ? format : formatOf(out);
    LocalDate first =
        from != null
            ? from
            : HubRecordGenerator.DEFAULT_DATE.minusDays((long) every * (snapshots - 1));
    OutputFile.prepare(out, force, List.of());
    if (snapshots > 1) {
      for (int k = 0; k < snapshots; k++) {
        OutputFile.prepare(
            HubRecordGenerator.datedPath(out, first.plusDays((long) every * k)), force, List.of());
      }
    }
    HubRecordGenerator generator = new HubRecordGenerator(seed);
    Path jsonl = f == Format.JSONL ? out : out.resolveSibling(out.getFileName() + ".tmp.jsonl");
    List<GeneratedFile> files =
        snapshots == 1
            ? List.of(generator.write(jsonl, models, first))
            : generator.writeSeries(jsonl, models, first, snapshots, every);
    PrintWriter w = spec.commandLine().getOut();
    for (GeneratedFile file : files) {
      Path path = file.path();
      if (f == Format.PARQUET) {
        path = snapshots == 1 ? out : HubRecordGenerator.datedPath(out, file.snapshot());
        try (Store store = Store.inMemory()) {
          new ParquetExport(store).writeHubParquet(file.path(), path);
        } finally {
          Files.deleteIfExists(file.path());
        }
      }
      w.printf(
          Locale.ROOT,
          "%s  %,d records  %,d derivatives  %,d bytes  %s%n",
          file.snapshot(),
          file.records(),
          file.derivatives(),
          Files.size(path),
          path);
    }
    w.flush();
    return ExitCodes.OK;
  }

  private static Format formatOf(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
        ? Format.PARQUET
        : Format.JSONL;
  }
}
