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
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory export}: one stored snapshot as Parquet partitioned by date, the layout the
 * Spark engine reads ({@code <out>/models/snapshot_date=…/}, {@code <out>/edges/snapshot_date=…/}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one stored snapshot's models and edges as Parquet, the Spark engine's input.",
      "Partitioned by snapshot date:",
      "OUT/models/snapshot_date=YYYY-MM-DD/ and OUT/edges/snapshot_date=YYYY-MM-DD/, the input of the",
      "Spark engine (spark-submit ... SparkIndicators OUT DATE FILE). Exporting more dates into the same",
      "OUT adds their partitions; a date already there is replaced."
    })
final class ExportCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", required = true, description = "DuckDB database file.")
  Path db;

  @Option(
      names = "--snapshot",
      description = "Snapshot date YYYY-MM-DD (default: the latest stored snapshot).")
  LocalDate snapshot;

  @Option(names = "--out", required = true, description = "Folder of the Parquet dataset.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    try (Store store = Store.openReadOnly(db)) {
      SnapshotInfo s = store.snapshot(snapshot);
      for (String table : List.of("models", "edges")) {
        deleteTree(partition(table, s.date()));
      }
      store.exportSnapshot(s.date(), out);
      for (String table : List.of("models", "edges")) {
        Path dir = partition(table, s.date());
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
    return ExitCodes.OK;
  }

  private Path partition(String table, LocalDate date) {
    return out.resolve(table).resolve("snapshot_date=" + date);
  }

  private static long size(Path dir) throws IOException {
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

  /** Removes a partition written before, so that a date is replaced rather than added to. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
