package org.observatory.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
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

  private static void export(Store store, Path dir) {
    try (DuckDbEngine duckDb =
        new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
      duckDb.export(duckDb.snapshots().stream().map(SnapshotInfo::date).toList(), dir);
    }
  }
}
