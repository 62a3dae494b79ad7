package org.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.observatory.engine.DuckDbEngine;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory export}: stored snapshots as Parquet partitioned by date, with the reference
 * tables as the report prepares them: the input of the Spark engine.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes stored snapshots as Parquet partitioned by snapshot date (OUT/models/, OUT/edges/,"
          + " OUT/snapshots/, OUT/snapshot_sources/, OUT/snapshot_issues/, each with",
      "snapshot_date=YYYY-MM-DD/ folders) and the reference tables as the report prepares them with the"
          + " given registry and savings settings (OUT/tables/NAME.parquet): the input of the Spark engine",
      "(report --engine spark --parquet OUT)."
          + " Exporting more dates into the same OUT adds their partitions; a date already there is"
          + " replaced, and so are the tables."
    })
final class ExportCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase database;

  @Option(
      names = "--snapshot",
      description = "Snapshot date YYYY-MM-DD (default: the latest stored snapshot).")
  LocalDate snapshot;

  @Option(
      names = "--all",
      description = "Every stored snapshot (the report's time series reads them all).")
  boolean all;

  @Option(names = "--out", required = true, description = "Folder of the Parquet dataset.")
  Path out;

  @CommandLine.Mixin FigureSettings settings;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    try (Store store = database.openReadOnly();
        DuckDbEngine engine = settings.engine(store)) {
      List<SnapshotInfo> chosen = all ? engine.snapshots() : List.of(engine.snapshot(snapshot));
      engine.export(chosen.stream().map(SnapshotInfo::date).toList(), out);
      for (SnapshotInfo s : chosen) {
        for (String table : List.of("models", "edges")) {
          Path dir = out.resolve(table).resolve("snapshot_date=" + s.date());
          w.printf(
              Locale.ROOT,
              "%s  %-6s %,11d rows  %8.1f MB  %s%n",
              s.date(),
              table,
              table.equals("models") ? s.models() : s.edges(),
              size(dir) / MB,
              dir);
        }
      }
      Path tables = out.resolve("tables");
      w.printf(
          Locale.ROOT,
          "reference tables (registry, openness, usage, Epoch AI)  %8.1f MB  %s%n",
          size(tables) / MB,
          tables);
    }
    return ExitCodes.OK;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(ExportCommand::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
