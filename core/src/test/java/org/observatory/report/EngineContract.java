package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.IndicatorEngine.Capability;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * The contract every {@link IndicatorEngine} meets (after Trino's {@code BaseConnectorTest}): on
 * the same snapshot, each indicator the engine supports has the rows of the report the store builds
 * ({@link ReportBuilder}, the DuckDB path): same columns, same order, equal texts and counts, and
 * doubles equal within 1e-9 relative. Run on the bundled real model trees (one snapshot,
 * 2025-04-26), the 2022 sample of 75k Hub models (Liang et al.) and a generated Hub snapshot.
 * Subclasses give {@link #newEngine} and may size the generated snapshot.
 */
public abstract class EngineContract {
  protected static final double RELATIVE = 1e-9;
  protected static final LocalDate REAL_DATE = LocalDate.of(2025, 4, 26);
  protected static final LocalDate LIANG_DATE = LocalDate.of(2022, 10, 1);
  protected static final LocalDate GENERATED_DATE = LocalDate.of(2025, 10, 1);

  @TempDir protected Path work;

  /** A new engine over the snapshot of {@code date} in {@code store}; {@code work} is scratch. */
  protected abstract IndicatorEngine newEngine(Store store, LocalDate date, Path work);

  /** Models in the generated snapshot. */
  protected long generatedModels() {
    return 20_000;
  }

  /** Whether the engine computes the indicators of {@code capability}. */
  protected boolean supports(IndicatorEngine engine, Capability capability) {
    return engine.capabilities().contains(capability);
  }

  @Test
  void realModelTreesGiveTheReportsFigures() throws IOException {
    Path[] files;
    try (Stream<Path> s = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toArray(Path[]::new);
    }
    assertSameFigures(IngestRequest.of(InputFormat.MODEL_TREE_CSV, REAL_DATE, files));
  }

  @Test
  void liang2022SampleGivesTheReportsFigures() {
    Path file = SharedData.raw("hf-model-info-liang2023/model_info.parquet");
    assertSameFigures(
        new IngestRequest(
            List.of(file),
            InputFormat.HUB_PARQUET,
            LIANG_DATE,
            FieldMap.parse("pipeline_tag=task_category"),
            0));
  }

  @Test
  void generatedSnapshotGivesTheReportsFigures() throws IOException {
    Path file =
        new HubRecordGenerator(42).write(work.resolve("hub.jsonl"), generatedModels()).path();
    assertSameFigures(IngestRequest.of(InputFormat.HUB_JSONL, GENERATED_DATE, file));
  }

  private void assertSameFigures(IngestRequest request) {
    LocalDate date = request.snapshot();
    try (Store store = Store.inMemory()) {
      new Ingester(store).ingest(request, IngestProgress.NONE);
      Report reference =
          new ReportBuilder(store, OriginRegistry.bundled(), LicenseClassifier.bundled())
              .build(date);
      List<String> checked = new ArrayList<>();
      try (IndicatorEngine engine = newEngine(store, date, work)) {
        for (Indicator expected : reference.indicators()) {
          IndicatorSpec spec = expected.spec();
          if (!supports(engine, Capability.of(spec))) {
            continue;
          }
          assertSameRows(spec.name(), engine.run(spec.name(), date), expected.rows());
          checked.add(spec.name());
        }
      }
      assertThat(checked).as("indicators compared").contains("downloads_by_origin");
    }
  }

  /** Equal rows: same columns in order; numbers within {@link #RELATIVE}; other values equal. */
  protected static void assertSameRows(
      String indicator, List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
    assertThat(actual).as(indicator + ": rows").hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> e = expected.get(i);
      Map<String, Object> a = actual.get(i);
      String where = indicator + " row " + i + " " + e;
      assertThat(List.copyOf(a.keySet()))
          .as(where + ": columns")
          .isEqualTo(List.copyOf(e.keySet()));
      for (String column : e.keySet()) {
        Object ev = e.get(column);
        Object av = a.get(column);
        if (ev instanceof Number en && av instanceof Number an) {
          double x = en.doubleValue();
          double y = an.doubleValue();
          assertThat(Math.abs(x - y))
              .as(where + " " + column + ": " + y + " vs " + x)
              .isLessThanOrEqualTo(RELATIVE * Math.max(Math.abs(x), Math.abs(y)));
        } else {
          assertThat(av).as(where + " " + column).isEqualTo(ev);
        }
      }
    }
  }
}
