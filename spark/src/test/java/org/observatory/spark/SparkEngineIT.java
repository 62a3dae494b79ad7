package org.observatory.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.BadInputException;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.EngineContract;
import org.observatory.report.IndicatorEngine;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * The Spark engine meets the engine contract on Spark {@code local[2]}, from what {@code export}
 * writes: the DuckDB engine's report, every indicator and the whole JSON, on the real model trees
 * with every reference dataset, the 2022 sample and a generated 200k-model snapshot.
 */
class SparkEngineIT extends EngineContract {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("observatory-contract")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Override
  protected long generatedModels() {
    return Long.getLong("contract.generated.models", 200_000);
  }

  @Override
  protected IndicatorEngine newEngine(Store store, Path work) {
    Path dir = work.resolve("parquet");
    export(store, dir);
    return new SparkEngine(spark, dir.toString(), LicenseClassifier.bundled());
  }

  /**
   * An export older than a reference table (compute_thresholds is exported since 2026-12-07), given
   * as a URI: the engine checks it through Hadoop's file system (the command line checks a local
   * folder before the session starts: {@link OldExportTest}) and fails with one line naming the
   * folder and the table, not with Spark's "table or view not found" halfway through a report.
   */
  @Test
  void anExportOlderThanAReferenceTableIsABadInputNamingTheTable() throws IOException {
    Path slice = work.resolve("trees-slice.snake.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/ingest/" + slice.getFileName())) {
      Files.copy(in, slice);
    }
    Path dir = work.resolve("old-export");
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, REAL_DATE, slice), IngestProgress.NONE);
      export(store, dir);
    }
    Files.delete(dir.resolve("tables/compute_thresholds.parquet"));
    String uri = dir.toUri().toString().replaceAll("/$", "");

    try (SparkEngine engine = new SparkEngine(spark, uri, LicenseClassifier.bundled())) {
      assertThatThrownBy(engine::snapshots)
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              uri
                  + "/tables: no compute_thresholds.parquet: the export is older than this table;"
                  + " re-run `observatory export --db DB --all --out "
                  + uri
                  + "`");
    }
  }

  private static void export(Store store, Path dir) {
    try (DuckDbEngine duckDb =
        new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
      duckDb.export(duckDb.snapshots().stream().map(SnapshotInfo::date).toList(), dir);
    }
  }
}
