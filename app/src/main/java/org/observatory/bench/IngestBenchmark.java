package org.observatory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * The two loads the ingest benchmark compares, on the same file, each into a fresh DuckDB file: the
 * Observatory's ingest (read, normalise, stage, merge into a snapshot) and DuckDB's own {@code
 * read_json} into a plain table. Each run's wall time covers opening the database, loading and
 * closing it (so DuckDB's final checkpoint counts).
 */
final class IngestBenchmark {
  static final LocalDate SNAPSHOT = LocalDate.of(2025, 10, 1);
  static final String OBSERVATORY_DB = "bench-observatory.duckdb";
  static final String DUCKDB_DB = "bench-duckdb.duckdb";

  private final Path dir;
  private final Path file;

  IngestBenchmark(Path dir, Path file) {
    this.dir = dir;
    this.file = file;
  }

  /** The Observatory's ingest of the file as hub-jsonl into a fresh database. */
  EngineRun observatory() throws IOException {
    Path db = fresh(OBSERVATORY_DB);
    MemoryWatch watch = MemoryWatch.start();
    long start = System.nanoTime();
    IngestReport report;
    SnapshotInfo snapshot;
    try (Store store = Store.open(db)) {
      report =
          new Ingester(store)
              .ingest(IngestRequest.of(InputFormat.HUB_JSONL, SNAPSHOT, file), IngestProgress.NONE);
      snapshot =
          store.snapshots().stream()
              .filter(s -> s.date().equals(SNAPSHOT))
              .findFirst()
              .orElseThrow();
    }
    long nanos = System.nanoTime() - start;
    MemoryPeaks memory = watch.stop();
    String detail =
        String.format(
            Locale.ROOT,
            "%,d read, %,d stored, %,d skipped; %,d lineage edges, %,d nodes",
            report.read(),
            report.stored(),
            report.skipped(),
            snapshot.edges(),
            snapshot.nodes());
    return new EngineRun("observatory", snapshot.models(), detail, nanos, memory);
  }

  /** DuckDB's {@code read_json} of the file into a table of a fresh database. */
  EngineRun duckdb() throws IOException {
    Path db = fresh(DUCKDB_DB);
    MemoryWatch watch = MemoryWatch.start();
    long start = System.nanoTime();
    long rows;
    try (Store store = Store.open(db)) {
      store.execute("bench/baseline_load_json", file.toAbsolutePath().toString());
      rows = ((Number) store.query("bench/baseline_count_json").get(0).get("loaded")).longValue();
    }
    long nanos = System.nanoTime() - start;
    MemoryPeaks memory = watch.stop();
    return new EngineRun(
        "duckdb", rows, "read_json(format='newline_delimited') into one table", nanos, memory);
  }

  /** The database files the runs leave behind. */
  List<Path> databases() {
    return List.of(
        dir.resolve(OBSERVATORY_DB), dir.resolve(OBSERVATORY_DB + ".wal"),
        dir.resolve(DUCKDB_DB), dir.resolve(DUCKDB_DB + ".wal"));
  }

  private Path fresh(String name) throws IOException {
    Path db = dir.resolve(name);
    Files.deleteIfExists(db);
    Files.deleteIfExists(dir.resolve(name + ".wal"));
    return db;
  }
}
