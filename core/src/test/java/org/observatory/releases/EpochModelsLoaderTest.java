package org.observatory.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.model.BadInputException;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * Epoch AI's notable models: open-weight releases by country, as CLAIMS.md cites them (2025: CN 20,
 * US 5).
 */
class EpochModelsLoaderTest {
  private static final Map<InputFormat, DatasetLoader> LOADERS =
      Map.of(InputFormat.EPOCH_MODELS, new EpochModelsLoader());

  @TempDir Path tmp;

  private static void ingest(Store store, Path file) {
    new Ingester(store, LOADERS)
        .ingest(
            new IngestRequest(List.of(file), InputFormat.AUTO, null, FieldMap.NONE, 0),
            IngestProgress.NONE);
  }

  @Test
  void openWeightReleasesOf2025BySingleCountryMatchTheRawFile() throws IOException {
    Path file = SharedData.raw("epoch-ai/notable_ai_models.csv");
    Map<String, Long> expected = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String country = r.get("Country (of organization)");
        if (r.get("Publication date").startsWith("2025")
            && r.get("Model accessibility").startsWith("Open weights")
            && !country.isBlank()
            && !country.contains(",")) {
          expected.merge(country, 1L, Long::sum);
        }
      }
    }
    assertThat(expected).containsEntry("China", 20L).containsEntry("United States of America", 5L);
    try (Store store = Store.inMemory()) {
      ingest(store, file);
      Map<String, Long> actual = new HashMap<>();
      for (Map<String, Object> row : store.query("indicators/open_weight_releases")) {
        if (((Number) row.get("year")).intValue() == 2025 && !"MULTI".equals(row.get("origin"))) {
          actual.put(
              (String) row.get("origin"), ((Number) row.get("open_weight_models")).longValue());
        }
      }
      assertThat(actual).containsEntry("CN", 20L).containsEntry("US", 5L).containsEntry("KR", 4L);
      assertThat(actual.values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
      // re-ingesting the file replaces its rows
      ingest(store, file);
      assertThat(store.datasets()).hasSize(1);
      assertThat(store.query("indicators/open_weight_releases").get(0).get("open_weight_models"))
          .isEqualTo(20L);
    }
  }

  @Test
  void multiOrganisationRowsCountUnderMulti() {
    assertThat(EpochModelsLoader.origin("China")).isEqualTo("CN");
    assertThat(EpochModelsLoader.origin("China,China")).isEqualTo("MULTI");
    assertThat(EpochModelsLoader.origin("United States of America,Canada")).isEqualTo("MULTI");
    assertThat(EpochModelsLoader.origin("")).isNull();
    assertThat(EpochModelsLoader.origin("Atlantis")).isNull();
  }

  @Test
  void aBadDateNamesFileAndLineAndStoresNothing() throws IOException {
    Path bad =
        Files.writeString(
            tmp.resolve("epoch.csv"),
            "Model,Organization,Publication date,Country (of organization),Model accessibility\n"
                + "A,Org,2025-01-02,China,Open weights (unrestricted)\n"
                + "B,Org,soon,China,Open weights (unrestricted)\n");
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> ingest(store, bad))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("epoch.csv, line 3")
          .hasMessageContaining("soon");
      assertThat(store.query("indicators/open_weight_releases")).isEmpty();
      assertThat(store.datasets()).isEmpty();
    }
  }
}
