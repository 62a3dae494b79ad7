package org.observatory.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.EngineContract;
import org.observatory.report.IndicatorEngine;
import org.observatory.store.Store;

/**
 * The Spark engine meets the engine contract on Spark {@code local[1]}: the DuckDB report's figures
 * on the real model trees and on a generated 200k-model snapshot, from the snapshot exported to
 * Parquet.
 */
class SparkEngineIT extends EngineContract {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("observatory-contract")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
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
  protected IndicatorEngine newEngine(Store store, LocalDate date, Path work) {
    Path dir = work.resolve("parquet");
    store.exportSnapshot(date, dir);
    return new SparkEngine(
        spark, dir.toString(), OriginRegistry.bundled(), LicenseClassifier.bundled());
  }

  @Test
  void submitEntryPointWritesTheIndicatorsAsJson() throws Exception {
    try (Store store = Store.inMemory()) {
      Path file =
          new org.observatory.generate.HubRecordGenerator(7)
              .write(work.resolve("hub.jsonl"), 2_000)
              .path();
      new org.observatory.ingest.Ingester(store)
          .ingest(
              org.observatory.ingest.IngestRequest.of(
                  org.observatory.ingest.InputFormat.HUB_JSONL, GENERATED_DATE, file),
              org.observatory.ingest.IngestProgress.NONE);
      store.exportSnapshot(GENERATED_DATE, work.resolve("parquet"));
    }
    Path out = work.resolve("indicators.json");
    Map<String, Object> doc =
        SparkIndicators.write(spark, work.resolve("parquet").toString(), GENERATED_DATE, out);
    assertThat(out).exists();
    assertThat(((Map<?, ?>) doc.get("indicators")).keySet().stream().map(String::valueOf))
        .contains("downloads_by_origin", "concentration", "families");
  }
}
