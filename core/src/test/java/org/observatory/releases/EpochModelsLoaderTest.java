package org.observatory.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.BadInputException;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Indicator;
import org.observatory.report.ReportBuilder;
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

  /** Ingests the file; the indicator queries read report --group's table too (here: no groups). */
  private static void ingest(Store store, Path file) {
    store.execute("origin_groups");
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
        if (((Number) row.get("year")).intValue() == 2025
            && !"MULTI".equals(row.get("origin"))
            && !"UNATTRIBUTED".equals(row.get("origin"))) {
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

  /**
   * Issue 11: a row of one organisation takes the origin registry's rule (origin/NOTICE.md,
   * "Multi-country organisations in Epoch"): "Multinational" is dropped when a country is also
   * named (Stability AI's "Multinational,United Kingdom ..." of all_ai_models.csv is GB, not
   * MULTI), "Hong Kong,China" is HK; one organisation with two countries is MULTI. A row of several
   * organisations is the one country it lists, else MULTI. No country is null (UNATTRIBUTED).
   */
  @Test
  void aRowTakesTheRegistrysRuleForOneOrganisationAndMultiForSeveral() {
    assertThat(EpochModelsLoader.origin("DeepSeek", "China")).isEqualTo("CN");
    assertThat(
            EpochModelsLoader.origin(
                "Stability AI",
                "Multinational,United Kingdom of Great Britain and Northern Ireland"))
        .isEqualTo("GB");
    assertThat(EpochModelsLoader.origin("Hugging Face", "Multinational,United States of America"))
        .isEqualTo("US");
    assertThat(EpochModelsLoader.origin("IBM Research", "United States of America,Multinational"))
        .isEqualTo("US");
    assertThat(EpochModelsLoader.origin("RWKV Foundation", "Multinational")).isEqualTo("INTL");
    assertThat(
            EpochModelsLoader.origin("Chinese University of Hong Kong (CUHK)", "Hong Kong,China"))
        .isEqualTo("HK");
    assertThat(
            EpochModelsLoader.origin(
                "Google DeepMind",
                "United States of America,United Kingdom of Great Britain and Northern Ireland"))
        .isEqualTo("MULTI");
    assertThat(EpochModelsLoader.origin("Zhipu AI,Tsinghua University", "China,China"))
        .isEqualTo("MULTI");
    assertThat(EpochModelsLoader.origin("Meta AI,Facebook AI Research", "United States of America"))
        .isEqualTo("US");
    assertThat(
            EpochModelsLoader.origin("NVIDIA,Aalto University", "United States of America,Finland"))
        .isEqualTo("MULTI");
    assertThat(EpochModelsLoader.origin("Ai2", "")).isNull();
    assertThat(EpochModelsLoader.origin("Atlantis Labs", "Atlantis")).isNull();
  }

  /**
   * Issue 11: rows without a country were dropped from the indicator; they count as UNATTRIBUTED
   * (Olmo 3 of Ai2, 2025, has an empty country in notable_ai_models.csv).
   */
  @Test
  void rowsWithoutACountryCountAsUnattributed() {
    try (Store store = Store.inMemory()) {
      ingest(store, SharedData.raw("epoch-ai/notable_ai_models.csv"));
      assertThat(store.query("indicators/open_weight_releases"))
          .anySatisfy(
              row -> {
                assertThat(row.get("year")).isEqualTo(2025L);
                assertThat(row.get("origin")).isEqualTo("UNATTRIBUTED");
                assertThat(row.get("open_weight_models")).isEqualTo(1L);
              });
    }
  }

  /**
   * Issue 11, bounds on every share by origin: a year's share of each origin runs from none to all
   * of that year's UNATTRIBUTED models (rows without a country) given to it, the UNATTRIBUTED row
   * from 0 to its share. Counted here from the raw notable_ai_models.csv: the 2025 open-weight
   * rows, those from one country, and those without one (Olmo 3).
   */
  @Test
  void aYearsSharesAreBoundedByItsModelsWithoutACountry() throws IOException {
    Path file = SharedData.raw("epoch-ai/notable_ai_models.csv");
    long all = 0;
    long china = 0;
    long blank = 0;
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (r.get("Publication date").startsWith("2025")
            && r.get("Model accessibility").startsWith("Open weights")) {
          all++;
          china += r.get("Country (of organization)").equals("China") ? 1 : 0;
          blank += r.get("Country (of organization)").isBlank() ? 1 : 0;
        }
      }
    }
    assertThat(blank).isEqualTo(1);
    assertThat(all).isEqualTo(36); // METHODOLOGY: 36 open-weight models in 2025, CN up to 58.3%
    try (Store store = Store.inMemory()) {
      ingest(store, file);
      Map<String, Map<String, Object>> of2025 = new HashMap<>();
      for (Map<String, Object> row : store.query("indicators/open_weight_releases")) {
        if (((Number) row.get("year")).intValue() == 2025) {
          of2025.put((String) row.get("origin"), row);
        }
      }
      Map<String, Object> cn = of2025.get("CN");
      assertThat((Double) cn.get("share")).isCloseTo((double) china / all, within(1e-12));
      assertThat((Double) cn.get("share_low")).isCloseTo((double) china / all, within(1e-12));
      assertThat((Double) cn.get("share_high"))
          .isCloseTo((double) (china + blank) / all, within(1e-12));
      Map<String, Object> u = of2025.get("UNATTRIBUTED");
      assertThat((Double) u.get("share_low")).isZero();
      assertThat((Double) u.get("share_high")).isCloseTo((double) blank / all, within(1e-12));
    }
  }

  /**
   * Issue 11: with the four Epoch files loaded, a model named in several of them (818 of the 976
   * notable models are also in all_ai_models.csv, about a quarter of them with another country,
   * year or accessibility there, as METHODOLOGY says) was counted under each origin its rows gave,
   * inflating its year. Rule: a model counts once, as the row of the first file that names it, in
   * the order notable, large-scale, frontier, all models (within one file, the first row that
   * states an accessibility: SigLIP is twice in all_ai_models.csv). Checked against the same rule
   * applied to the raw files here: every year's rows sum to its distinct open-weight models, and
   * its shares to 1.
   */
  @Test
  void aModelNamedInSeveralFilesCountsOnceInItsYear() throws IOException {
    List<String> files =
        List.of(
            "notable_ai_models.csv",
            "large_scale_ai_models.csv",
            "frontier_ai_models.csv",
            "all_ai_models.csv");
    Map<String, CSVRecord> first = new HashMap<>();
    Map<String, Map<String, java.util.Set<String>>> described = new HashMap<>();
    for (String name : files) {
      try (Reader in = Files.newBufferedReader(SharedData.raw("epoch-ai/" + name))) {
        for (CSVRecord r :
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
          described
              .computeIfAbsent(name, k -> new HashMap<>())
              .computeIfAbsent(r.get("Model"), k -> new java.util.HashSet<>())
              .add(
                  (r.isMapped("Country (of organization)")
                          ? r.get("Country (of organization)")
                          : r.get("Country (from Organization)"))
                      + "|"
                      + r.get("Publication date")
                          .substring(0, Math.min(4, r.get("Publication date").length()))
                      + "|"
                      + access(r).strip());
          CSVRecord seen = first.get(r.get("Model"));
          if (seen == null
              || seen.getParser() == r.getParser()
                  && access(seen).isBlank()
                  && !access(r).isBlank()) {
            first.put(r.get("Model"), r);
          }
        }
      }
    }
    Map<String, java.util.Set<String>> notable = described.get("notable_ai_models.csv");
    Map<String, java.util.Set<String>> older = described.get("all_ai_models.csv");
    long both = notable.keySet().stream().filter(older::containsKey).count();
    long differ =
        notable.keySet().stream()
            .filter(older::containsKey)
            .filter(m -> !notable.get(m).equals(older.get(m)))
            .count();
    assertThat(notable).hasSize(976);
    assertThat(both).isEqualTo(818);
    assertThat((double) differ / both).isBetween(0.2, 0.3);
    Map<Long, Long> expected = new TreeMap<>();
    for (CSVRecord r : first.values()) {
      String date = r.get("Publication date");
      if (!date.isBlank() && access(r).startsWith("Open weights")) {
        expected.merge(Long.parseLong(date.substring(0, 4)), 1L, Long::sum);
      }
    }
    try (Store store = Store.inMemory()) {
      for (String name : files) {
        ingest(store, SharedData.raw("epoch-ai/" + name));
      }
      Map<Long, Long> models = new TreeMap<>();
      Map<Long, Double> shares = new TreeMap<>();
      for (Map<String, Object> row : store.query("indicators/open_weight_releases")) {
        long year = ((Number) row.get("year")).longValue();
        models.merge(year, ((Number) row.get("open_weight_models")).longValue(), Long::sum);
        shares.merge(year, ((Number) row.get("share")).doubleValue(), Double::sum);
      }
      assertThat(models).isEqualTo(expected);
      assertThat(shares.values()).allSatisfy(s -> assertThat(s).isCloseTo(1.0, within(1e-9)));
      assertThat(expected.get(2024L)).isGreaterThan(100L);
    }
  }

  /**
   * Issue 11: the scope of indicator 12 in a report named the Hub snapshot's model records; it
   * names the Epoch files it was computed over.
   */
  @Test
  void theReportScopeOfReleasesNamesTheEpochFilesNotTheSnapshot() {
    Path tree =
        SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv");
    try (Store store = Store.inMemory()) {
      new Ingester(store, LOADERS)
          .ingest(
              new IngestRequest(
                  List.of(tree, SharedData.raw("epoch-ai/notable_ai_models.csv")),
                  InputFormat.AUTO,
                  LocalDate.of(2025, 4, 22),
                  FieldMap.NONE,
                  0),
              IngestProgress.NONE);
      Indicator releases =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(null)
              .indicator("open_weight_releases");
      assertThat(releases.scope())
          .startsWith("Epoch AI \"Data on AI Models\" as ingested (files: notable_ai_models.csv;")
          .contains(
              "976 distinct models", "not the Hub snapshot", "open-weight models: 2008 to 2025")
          .doesNotContain("model records");
      assertThat(releases.spec().credits()).anySatisfy(c -> assertThat(c).contains("Epoch AI"));
    }
  }

  private static String access(CSVRecord r) {
    return r.isMapped("Model accessibility") ? r.get("Model accessibility") : "";
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
