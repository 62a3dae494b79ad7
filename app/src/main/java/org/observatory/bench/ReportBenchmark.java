package org.observatory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.lineage.Lineage;
import org.observatory.lineage.LineageLoader;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.ReportBuilder;
import org.observatory.store.Store;

/**
 * The phases the report benchmark times on one generated snapshot: the ingest into a fresh DuckDB
 * file; lineage resolved with the in-memory graph ({@link LineageLoader}); the same roots computed
 * set-based by a recursive CTE in DuckDB; and the whole report ({@link ReportBuilder}), which loads
 * the lineage again. After the ingest, each phase opens the database read-only as {@code
 * observatory report} does, outside its timing.
 */
final class ReportBenchmark {
  static final LocalDate SNAPSHOT = IngestBenchmark.SNAPSHOT;
  static final String DB = "bench-report.duckdb";

  private final Path db;
  private final Path handDb;
  private final Path file;

  ReportBenchmark(Path dir, Path file) {
    this.db = dir.resolve(DB);
    this.handDb = dir.resolve("bench-handwritten.duckdb");
    this.file = file;
  }

  /** The (node, root) rows of a lineage computation, with an order-independent digest of them. */
  record RootRows(long rows, long nodes, Object digest) {
    static RootRows of(Map<String, Object> row) {
      return new RootRows(
          ((Number) row.get("root_rows")).longValue(),
          ((Number) row.get("nodes")).longValue(),
          row.get("pairs_digest"));
    }
  }

  /** The Java-graph phase, what it counted, and the shape of the graph it walked. */
  record JavaLineage(PhaseTime time, RootRows roots, GraphShape shape) {}

  /** The recursive-CTE phase and what it counted. */
  record SqlLineage(PhaseTime time, RootRows roots) {}

  /** The Observatory's ingest of the file as hub-jsonl into a fresh database file. */
  PhaseTime ingest() throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(wal());
    PhaseClock clock = PhaseClock.start("ingest");
    try (Store store = Store.open(db)) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, SNAPSHOT, file), IngestProgress.NONE);
    }
    return clock.stop();
  }

  /** Lineage with the in-memory graph, split into reading, resolving and writing its table. */
  JavaLineage javaGraph() {
    try (Store store = Store.openReadOnly(db)) {
      PhaseClock clock = PhaseClock.start("lineage (java graph)");
      Lineage lineage =
          new LineageLoader(store)
              .load(SNAPSHOT, step -> clock.step(step.name().toLowerCase(Locale.ROOT)));
      PhaseTime time = clock.stop();
      RootRows table = RootRows.of(store.query("bench/lineage_count").get(0));
      // the graph holds the ends of edges; every other node is its own one root
      long rows = table.nodes() - lineage.size();
      for (int node = 0; node < lineage.size(); node++) {
        rows += lineage.rootCount(node);
      }
      if (table.rows() != rows) {
        throw new IllegalStateException(
            "lineage table holds " + table.rows() + " root rows, the graph " + rows);
      }
      GraphShape shape =
          GraphShape.of(lineage, table.nodes(), store.query("bench/graph_shape", SNAPSHOT).get(0));
      return new JavaLineage(time, table, shape);
    }
  }

  /** The same roots computed set-based by DuckDB (a recursive CTE), into a temporary table. */
  SqlLineage recursiveCte() {
    try (Store store = Store.openReadOnly(db)) {
      PhaseClock clock = PhaseClock.start("roots (recursive CTE)");
      store.execute("bench/roots_recursive", SNAPSHOT);
      PhaseTime time = clock.stop();
      return new SqlLineage(time, RootRows.of(store.query("bench/roots_count").get(0)));
    }
  }

  /** Every indicator, as {@code observatory report} computes them; the lineage is loaded again. */
  PhaseTime report() {
    try (Store store = Store.openReadOnly(db);
        DuckDbEngine engine =
            new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
      PhaseClock clock = PhaseClock.start("report (all indicators)");
      new ReportBuilder(engine).build(SNAPSHOT, clock::step);
      return clock.stop();
    }
  }

  /**
   * The reference of issue 6: the same adoption work written by hand as plain DuckDB SQL over the
   * same file, in a fresh database (read_json, edges from tags, roots by a recursive CTE, downloads
   * by root author); returns its time and the rows it made.
   */
  HandWritten handWritten() throws IOException {
    Files.deleteIfExists(handDb);
    Files.deleteIfExists(handDb.resolveSibling(handDb.getFileName() + ".wal"));
    PhaseClock clock = PhaseClock.start("hand-written SQL pipeline");
    try (Store store = Store.open(handDb)) {
      store.execute("bench/handwritten_pipeline", file.toAbsolutePath().toString());
      PhaseTime time = clock.stop();
      return new HandWritten(time, store.query("bench/handwritten_count").get(0));
    }
  }

  /** The hand-written pipeline's time and counts (models, root rows, root authors). */
  record HandWritten(PhaseTime time, Map<String, Object> counts) {}

  /** The database files the run leaves behind. */
  List<Path> databases() {
    return List.of(db, wal(), handDb, handDb.resolveSibling(handDb.getFileName() + ".wal"));
  }

  private Path wal() {
    return db.resolveSibling(db.getFileName() + ".wal");
  }
}
