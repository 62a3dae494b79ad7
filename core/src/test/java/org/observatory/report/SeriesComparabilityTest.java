package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * The series of indicator 1 over snapshots says which snapshots can be compared (issue 10): two
 * monthly KBLab files (one collection, two dates) are comparable; the major-org file after them is
 * another sample and is not, with the reason.
 */
class SeriesComparabilityTest {
  private static void ingest(Store store, Path file, LocalDate date, String map) {
    new Ingester(store)
        .ingest(
            new IngestRequest(List.of(file), InputFormat.CSV, date, FieldMap.parse(map), 0),
            IngestProgress.NONE);
  }

  @Test
  void snapshotsOfOneCollectionAreComparableAndAnotherSampleIsNot() {
    Path kblab = SharedData.raw("hf-kblab-monthly-downloads/models");
    try (Store store = Store.inMemory()) {
      ingest(store, kblab.resolve("2022-02-18_hf.csv"), null, "id=model_url");
      ingest(store, kblab.resolve("2022-03-18_hf.csv"), null, "id=model_url");
      ingest(
          store,
          SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv"),
          LocalDate.of(2025, 10, 12),
          "id=repo_id,author=owner");
      Report r =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(null);
      Map<String, Map<String, Object>> bySnapshot = new TreeMap<>();
      r.series().forEach(row -> bySnapshot.put(String.valueOf(row.get("snapshot")), row));

      assertThat(bySnapshot.keySet()).containsExactly("2022-02-18", "2022-03-18", "2025-10-12");
      assertThat(bySnapshot.get("2022-02-18")).containsEntry("comparable", null);
      assertThat(bySnapshot.get("2022-03-18"))
          .containsEntry("comparable", true)
          .containsEntry(
              "comparable_reason", "built from the same collections of source files as 2022-02-18");
      assertThat(bySnapshot.get("2025-10-12")).containsEntry("comparable", false);
      assertThat((String) bySnapshot.get("2025-10-12").get("comparable_reason"))
          .contains("other source files than 2022-03-18")
          .contains("hf_models_by_author")
          .contains("2022-03-18_hf.csv");
      // every row of a snapshot carries its snapshot's flag
      r.series().stream()
          .filter(row -> String.valueOf(row.get("snapshot")).equals("2025-10-12"))
          .forEach(row -> assertThat(row.get("comparable")).isEqualTo(false));
    }
  }

  @Test
  void aFileNameWithoutItsDatesNamesItsCollection() {
    assertThat(org.observatory.ingest.SnapshotDates.withoutDates("hub-2025-01-01.jsonl"))
        .isEqualTo(org.observatory.ingest.SnapshotDates.withoutDates("hub-2025-01-31.jsonl"));
    assertThat(
            org.observatory.ingest.SnapshotDates.withoutDates(
                "DeepSeek-V3_finetunes_20250422_220003.csv"))
        .isEqualTo("DeepSeek-V3_finetunes_.csv");
    assertThat(org.observatory.ingest.SnapshotDates.withoutDates("2022-02-18_hf.csv"))
        .isEqualTo("_hf.csv");
  }
}
