package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.testing.SameFigures.assertSameJson;
import static org.observatory.testing.SameFigures.assertSameRows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.engine.DuckDbEngine;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.testing.ReferenceData;
import org.observatory.testing.SharedData;

/**
 * The contract every {@link IndicatorEngine} meets (after Trino's {@code BaseConnectorTest}): on
 * the same data, the report the engine gives ({@link ReportBuilder}) has, for every indicator of
 * the catalog, the rows of the DuckDB engine's report (same columns, same order, equal texts and
 * counts, doubles equal within 1e-9 relative), and as a whole (the snapshot, every indicator with
 * its scope and window, the time series, data quality, credits) the DuckDB engine's JSON, numbers
 * within the same tolerance. Run on the bundled real model trees (2025-04-26) with every reference
 * dataset loaded (Epoch AI, EOSAI, MOF, OpenRouter usage and prices), on the 2022 sample of 75k Hub
 * models (Liang et al.) and on a generated Hub snapshot. Subclasses give {@link #newEngine} and may
 * size the generated snapshot. The DuckDB engine is the reference (its figures are checked against
 * independent computations: {@link ReportIndependentTest} and the others); {@code SparkEngineIT} is
 * the subclass.
 */
public abstract class EngineContract {
  protected static final LocalDate REAL_DATE = LocalDate.of(2025, 4, 26);
  protected static final LocalDate LIANG_DATE = LocalDate.of(2022, 10, 1);
  protected static final LocalDate GENERATED_DATE = LocalDate.of(2025, 10, 1);

  @TempDir protected Path work;

  /** A new engine over the snapshots in {@code store}; {@code work} is scratch. */
  protected abstract IndicatorEngine newEngine(Store store, Path work);

  /** Models in the generated snapshot. */
  protected long generatedModels() {
    return 20_000;
  }

  @Test
  void realModelTreesWithTheReferenceDatasetsGiveTheReportsFigures() throws IOException {
    Path[] files;
    try (Stream<Path> s = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toArray(Path[]::new);
    }
    try (Store store = Store.inMemory()) {
      ReferenceData.ingestAll(store);
      ingest(store, IngestRequest.of(InputFormat.MODEL_TREE_CSV, REAL_DATE, files));
      Report report = assertSameFigures(store, REAL_DATE);
      assertThat(report.indicator("usage_share").rows()).as("usage loaded").isNotEmpty();
      assertThat(report.indicator("openness").rows()).as("openness loaded").isNotEmpty();
      assertThat(report.indicator("open_weight_releases").rows()).as("Epoch loaded").isNotEmpty();
      assertThat(report.indicator("families").rows()).as("lineage").isNotEmpty();
    }
  }

  @Test
  void liang2022SampleGivesTheReportsFigures() {
    Path file = SharedData.raw("hf-model-info-liang2023/model_info.parquet");
    try (Store store = Store.inMemory()) {
      ingest(
          store,
          new IngestRequest(
              List.of(file),
              InputFormat.HUB_PARQUET,
              LIANG_DATE,
              FieldMap.parse("pipeline_tag=task_category"),
              0));
      assertSameFigures(store, LIANG_DATE);
    }
  }

  @Test
  void generatedSnapshotGivesTheReportsFigures() throws IOException {
    Path file =
        new HubRecordGenerator(42).write(work.resolve("hub.jsonl"), generatedModels()).path();
    try (Store store = Store.inMemory()) {
      ingest(store, IngestRequest.of(InputFormat.HUB_JSONL, GENERATED_DATE, file));
      assertSameFigures(store, GENERATED_DATE);
    }
  }

  private static void ingest(Store store, IngestRequest request) {
    new Ingester(store).ingest(request, IngestProgress.NONE);
  }

  /** The reference report of {@code date}, after checking the engine's figures against it. */
  private Report assertSameFigures(Store store, LocalDate date) {
    Report reference;
    try (DuckDbEngine duckDb =
        new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
      reference = new ReportBuilder(duckDb).build(date);
    }
    Report report;
    try (IndicatorEngine engine = newEngine(store, work)) {
      report = new ReportBuilder(engine).build(date);
    }
    for (Indicator expected : reference.indicators()) {
      String name = expected.spec().name();
      assertSameRows(name, report.indicator(name).rows(), expected.rows());
    }
    assertSameJson("report", JsonReport.tree(report), JsonReport.tree(reference));
    assertThat(report.indicators().stream().map(i -> i.spec().name()))
        .as("every indicator of the catalog")
        .containsExactlyElementsOf(
            IndicatorCatalog.bundled().stream().map(IndicatorSpec::name).toList());
    return reference;
  }
}
