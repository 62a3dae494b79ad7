package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.releases.EpochModelsLoader;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * The trend indicators (13-15) on real files equal an independent computation from the raw files
 * ({@code scripts/independent_trends.py}, see FIXTURES.md): monthly new derivatives and models
 * (months from the raw {@code created_at} by Python's datetime, roots by its own walk), the
 * crossover, size classes from the raw {@code metadata} JSON ({@code safetensors.total}, else
 * {@code gguf.total}), and open-weight models above compute thresholds from the raw Epoch CSV; and
 * the bounds of every share by origin (share_low / share_high: none / all of the UNATTRIBUTED mass
 * of the month or class given to the origin) and the coverage of the monthly series, also with
 * {@code google} not placed (so that foundations have UNATTRIBUTED mass; the script's {@code
 * --unplace google}).
 */
class TrendsIndependentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DATE = LocalDate.of(2025, 4, 26);
  private static Path[] trees;

  @BeforeAll
  static void files() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      trees = s.sorted().toArray(Path[]::new);
    }
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = TrendsIndependentTest.class.getResourceAsStream("/report/" + name)) {
      return JSON.readTree(in);
    }
  }

  private static Report report(TrendSettings settings, List<Path> hubFiles, Path epoch) {
    return report(OriginRegistry.bundled(), settings, hubFiles, epoch);
  }

  private static Report report(
      OriginRegistry registry, TrendSettings settings, List<Path> hubFiles, Path epoch) {
    try (Store store = Store.inMemory()) {
      Ingester ingester =
          new Ingester(store, Map.of(InputFormat.EPOCH_MODELS, new EpochModelsLoader()));
      ingester.ingest(
          IngestRequest.of(InputFormat.MODEL_TREE_CSV, DATE, hubFiles.toArray(Path[]::new)),
          IngestProgress.NONE);
      if (epoch != null) {
        ingester.ingest(
            new IngestRequest(List.of(epoch), InputFormat.AUTO, null, FieldMap.NONE, 0),
            IngestProgress.NONE);
      }
      return new ReportBuilder(
              new DuckDbEngine(
                  store,
                  registry,
                  LicenseClassifier.bundled(),
                  org.observatory.usage.UsageSettings.defaults(),
                  settings,
                  org.observatory.origin.OriginGroups.NONE))
          .build(DATE);
    }
  }

  /** month → origin → count, and each month's shares summing to 1. */
  private static Map<String, Map<String, Double>> monthly(Indicator i, String count) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    Map<String, Double> shares = new HashMap<>();
    for (Map<String, Object> r : i.rows()) {
      String month = (String) r.get("month");
      out.computeIfAbsent(month, m -> new TreeMap<>())
          .put((String) r.get("origin"), ((Number) r.get(count)).doubleValue());
      shares.merge(month, ((Number) r.get("share")).doubleValue(), Double::sum);
    }
    shares.forEach((m, s) -> assertThat(s).as("shares of " + m).isCloseTo(1.0, within(1e-9)));
    return out;
  }

  private static Map<String, Map<String, Double>> monthly(JsonNode e) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    e.fields()
        .forEachRemaining(
            m -> {
              Map<String, Double> by = new TreeMap<>();
              m.getValue()
                  .fields()
                  .forEachRemaining(o -> by.put(o.getKey(), o.getValue().asDouble()));
              out.put(m.getKey(), by);
            });
    return out;
  }

  private static void assertSameMonthly(
      Map<String, Map<String, Double>> actual, Map<String, Map<String, Double>> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (month, by) -> {
          assertThat(actual.get(month).keySet()).as(month).isEqualTo(by.keySet());
          by.forEach(
              (o, n) ->
                  assertThat(actual.get(month).get(o))
                      .as(month + " " + o)
                      .isCloseTo(n, within(1e-9)));
        });
  }

  private static void assertMonthlyMatch(Report r, JsonNode e) {
    assertSameMonthly(
        monthly(r.indicator("new_derivatives_by_month"), "derivatives"),
        monthly(e.get("new_derivatives_by_month")));
    assertSameMonthly(
        monthly(r.indicator("new_models_by_month"), "models"),
        monthly(e.get("new_models_by_month")));
  }

  /**
   * Each row's share, share_low and share_high equal the script's, and every row of the script has
   * one: the monthly series by month and origin, the size classes by view, class and origin.
   */
  private static void assertBoundsMatch(Report r, JsonNode e) {
    JsonNode bounds = e.get("bounds");
    for (String name : List.of("new_derivatives_by_month", "new_models_by_month")) {
      int expectedRows = 0;
      for (JsonNode month : bounds.get(name)) {
        expectedRows += month.size();
      }
      assertThat(r.indicator(name).rows()).as(name).hasSize(expectedRows);
      for (Map<String, Object> row : r.indicator(name).rows()) {
        assertBounds(row, bounds.get(name).path((String) row.get("month")), name);
      }
    }
    JsonNode sizes = bounds.get("downloads_by_size_class");
    for (Map<String, Object> row : r.indicator("downloads_by_size_class").rows()) {
      assertBounds(
          row,
          sizes.path((String) row.get("view")).path((String) row.get("size_class")),
          "downloads_by_size_class " + row.get("view"));
    }
  }

  private static void assertBounds(Map<String, Object> row, JsonNode byOrigin, String what) {
    JsonNode x = byOrigin.path((String) row.get("origin"));
    assertThat(x.isArray()).as("expected bounds for " + what + " " + row).isTrue();
    List<String> fields = List.of("share", "share_low", "share_high");
    for (int k = 0; k < fields.size(); k++) {
      String field = fields.get(k);
      if (x.get(k).isNull()) {
        assertThat(row.get(field)).as(what + " " + field + " " + row).isNull();
      } else {
        assertThat(((Number) row.get(field)).doubleValue())
            .as(what + " " + field + " " + row)
            .isCloseTo(x.get(k).asDouble(), within(1e-9));
      }
    }
  }

  /** meta.coverage of the monthly series equals the script's split of the same mass. */
  private static void assertCoverageMatch(Report r, JsonNode e) {
    Map<String, String> basis =
        Map.of("new_derivatives_by_month", "new_derivatives", "new_models_by_month", "new_models");
    basis.forEach(
        (name, b) -> {
          Coverage c = r.indicator(name).coverage();
          JsonNode split = e.get("coverage").get(b);
          double total =
              split.get(0).asDouble() + split.get(1).asDouble() + split.get(2).asDouble();
          assertThat(c.basis()).isEqualTo(b);
          assertThat(c.total()).as(b).isCloseTo(total, within(1e-6));
          assertThat(c.attributedShare())
              .as(b)
              .isCloseTo(split.get(0).asDouble() / total, within(1e-9));
          assertThat(c.organisationsUnplacedShare())
              .as(b)
              .isCloseTo(split.get(1).asDouble() / total, within(1e-9));
          assertThat(c.individualsShare())
              .as(b)
              .isCloseTo(split.get(2).asDouble() / total, within(1e-9));
        });
  }

  @Test
  void monthlySeriesAndSizeClassesOfTheTenTrees() throws IOException {
    Report r = report(TrendSettings.defaults(), List.of(trees), null);
    JsonNode e = expected("trends-trees-2025-04-26.independent.json");
    assertMonthlyMatch(r, e);
    assertBoundsMatch(r, e);
    assertCoverageMatch(r, e);
    Indicator months = r.indicator("new_derivatives_by_month");
    assertThat(months.rows().get(0).get("month")).isEqualTo("undated");
    assertThat(months.facts())
        .containsEntry("first_month", "2023-07")
        .containsEntry("last_month", "2025-04")
        .containsEntry("min_downloads", 0L);
    assertThat(months.window()).contains("2023-07 to 2025-04");
    // every derivative is in one month or undated: the monthly counts add up to indicator 4's total
    double monthlyTotal =
        months.rows().stream()
            .mapToDouble(x -> ((Number) x.get("derivatives")).doubleValue())
            .sum();
    double total =
        r.indicator("derivatives_by_foundation_origin").rows().stream()
            .filter(x -> "total".equals(x.get("relation")))
            .mapToDouble(x -> ((Number) x.get("derivatives")).doubleValue())
            .sum();
    assertThat(monthlyTotal).isCloseTo(total, within(1e-6));

    JsonNode sizes = e.get("downloads_by_size_class");
    int rows = 0;
    for (Map<String, Object> row : r.indicator("downloads_by_size_class").rows()) {
      JsonNode x =
          sizes
              .path((String) row.get("view"))
              .path((String) row.get("size_class"))
              .path((String) row.get("origin"));
      assertThat(x.isArray()).as("expected row for " + row).isTrue();
      assertThat(((Number) row.get("models")).doubleValue())
          .as(row.toString())
          .isCloseTo(x.get(0).asDouble(), within(1e-9));
      assertThat(((Number) row.get("downloads")).doubleValue())
          .as(row.toString())
          .isCloseTo(x.get(1).asDouble(), within(1e-6));
      assertThat(row.get("top_author"))
          .as(row.toString())
          .isEqualTo(x.get(2).isNull() ? null : x.get(2).asText());
      rows++;
    }
    int expectedRows = 0;
    for (JsonNode view : sizes) {
      for (JsonNode sizeClass : view) {
        expectedRows += sizeClass.size();
      }
    }
    assertThat(rows).isEqualTo(expectedRows);
    // METHODOLOGY's figures: 631 of the 1,417 records carry a parameter count, 64 have an N/A
    // metadata cell (so 631 of the 1,353 readable ones)
    assertThat(
            r.indicator("downloads_by_size_class").rows().stream()
                .filter(x -> "publisher".equals(x.get("view")))
                .filter(x -> !"unknown".equals(x.get("size_class")))
                .mapToDouble(x -> ((Number) x.get("models")).doubleValue())
                .sum())
        .isEqualTo(631.0);
    assertThat(r.models()).isEqualTo(1417);
    assertThat(
            r.quality().ingestIssues().stream()
                .filter(
                    x -> String.valueOf(x.get("reason")).startsWith("metadata cell is not JSON"))
                .mapToLong(x -> ((Number) x.get("records")).longValue())
                .sum())
        .isEqualTo(64);
    // ... and on the ten trees US-rooted derivatives lead in every dated month: no crossover
    assertThat(r.indicator("crossover").rows())
        .hasSize(2)
        .allSatisfy(x -> assertThat(x.get("month")).isNull());
    Map<String, Map<String, Double>> byMonth =
        monthly(r.indicator("new_derivatives_by_month"), "derivatives");
    byMonth.forEach(
        (month, by) -> {
          if (!month.equals("undated")) {
            assertThat(by.get("US"))
                .as(month)
                .isEqualTo(
                    by.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
          }
        });
    // DeepSeek's own models are the downloads of the >=250B class among Chinese-rooted models
    assertThat(
            r.indicator("downloads_by_size_class").rows().stream()
                .filter(
                    x -> "foundation".equals(x.get("view")) && ">=250B".equals(x.get("size_class")))
                .map(x -> x.get("top_author")))
        .contains("deepseek-ai");
  }

  @Test
  void atomsFilterOfMoreThanFiveDownloadsIsMinDownloadsSix() throws IOException {
    Report r = report(TrendSettings.defaults().withMinDownloads(6), List.of(trees), null);
    JsonNode e = expected("trends-trees-min6.independent.json");
    assertMonthlyMatch(r, e);
    assertBoundsMatch(r, e);
    // the coverage is that of the derivatives and models the filter keeps
    assertCoverageMatch(r, e);
    assertThat(r.indicator("new_models_by_month").scope()).contains("at least 6 30-day downloads");
    assertThat(r.indicator("crossover").facts()).containsEntry("min_downloads", 6L);
  }

  @Test
  void withGoogleNotPlacedTheMonthsOfGemmaDerivativesHaveBounds(@TempDir Path tmp)
      throws IOException {
    Path unplace =
        Files.writeString(
            tmp.resolve("unplace.csv"),
            "author,origin,org_name,kind,source\ngoogle,,Google,company,manual: not placed: test\n");
    Report r =
        report(
            OriginRegistry.bundled().withOverrides(unplace),
            TrendSettings.defaults(),
            List.of(trees),
            null);
    JsonNode e = expected("trends-trees-google-unplaced.independent.json");
    assertMonthlyMatch(r, e);
    assertBoundsMatch(r, e);
    assertCoverageMatch(r, e);
    // gemma's derivatives are UNATTRIBUTED now, so US-rooted shares can move in their months
    assertThat(r.indicator("new_derivatives_by_month").rows())
        .anySatisfy(
            x -> {
              assertThat(x.get("origin")).isEqualTo("US");
              assertThat((Double) x.get("share_high")).isGreaterThan((Double) x.get("share_low"));
            });
    assertThat(r.indicator("new_derivatives_by_month").coverage().organisationsUnplacedShare())
        .isGreaterThan(0.4);
  }

  @Test
  void chineseRootedDerivativesOvertookUsOnesInJanuary2025InTwoTrees() throws IOException {
    Path raw = SharedData.raw("hf-model-trees-oderinwale");
    Report r =
        report(
            TrendSettings.defaults(),
            List.of(
                raw.resolve("DeepSeek-V3_finetunes_20250422_220003.csv"),
                raw.resolve("Llama-2-7b_finetunes_20250422_201036.csv")),
            null);
    JsonNode e = expected("trends-deepseek-llama2.independent.json");
    assertMonthlyMatch(r, e);
    List<Map<String, Object>> rows = r.indicator("crossover").rows();
    assertThat(rows).hasSize(e.get("crossover").size());
    for (JsonNode x : e.get("crossover")) {
      Map<String, Object> row =
          rows.stream()
              .filter(
                  y ->
                      y.get("leader").equals(x.get("leader").asText())
                          && y.get("challenger").equals(x.get("challenger").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(row.get("month"))
          .isEqualTo(x.get("month").isNull() ? null : x.get("month").asText());
      assertThat(((Number) row.get("months_above")).intValue())
          .isEqualTo(x.get("months_above").asInt());
      assertThat(row.get("month_before"))
          .isEqualTo(x.get("month_before").isNull() ? null : x.get("month_before").asText());
    }
    Map<String, Object> cn =
        rows.stream().filter(y -> "CN".equals(y.get("challenger"))).findFirst().orElseThrow();
    assertThat(cn.get("month")).isEqualTo("2025-01");
    assertThat((Double) cn.get("challenger_share_at"))
        .isGreaterThan((Double) cn.get("leader_share_at"));
    assertThat((Double) cn.get("challenger_share_before"))
        .isLessThanOrEqualTo((Double) cn.get("leader_share_before"));
  }

  @Test
  void openWeightModelsAboveComputeThresholdsMatchTheRawEpochCsv() throws IOException {
    Path epoch = SharedData.raw("epoch-ai/large_scale_ai_models.csv");
    Path deepseek =
        SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv");
    Report r = report(TrendSettings.defaults(), List.of(deepseek), epoch);
    JsonNode e = expected("trends-epoch-large-scale.independent.json").get("open_weight_compute");
    int rows = 0;
    for (Map<String, Object> row : r.indicator("open_weight_compute").rows()) {
      JsonNode cell = e.path(String.valueOf(row.get("year"))).path((String) row.get("origin"));
      assertThat(cell.isObject()).as(row.toString()).isTrue();
      assertThat(((Number) row.get("models")).longValue())
          .as(row.toString())
          .isEqualTo(cell.path((String) row.get("threshold_label")).asLong(0));
      if (cell.get("max_flop").isNull()) {
        assertThat(row.get("max_flop")).isNull();
      } else {
        assertThat((Double) row.get("max_flop")).isEqualTo(cell.get("max_flop").asDouble());
      }
      assertThat(row.get("max_model"))
          .isEqualTo(cell.get("max_model").isNull() ? null : cell.get("max_model").asText());
      rows++;
    }
    int cells = 0;
    for (JsonNode year : e) {
      cells += year.size();
    }
    assertThat(rows).isEqualTo(cells * 6); // all, 4 thresholds, no estimate
    // "no Chinese open model crosses the EU AI Act's threshold": none in 2025 at 1e25, one US model
    assertThat(count(r, 2025, "CN", ">=1e25")).isZero();
    assertThat(count(r, 2025, "US", ">=1e25")).isEqualTo(1);
    assertThat(count(r, 2025, "CN", "all")).isEqualTo(50);
    assertThat(count(r, 2025, "US", "all")).isEqualTo(26);
    assertThat(largest(r, 2025, "CN")).isEqualTo("Emu3.5 9.87e24");
    assertThat(largest(r, 2025, "US")).isEqualTo("Llama Nemotron Ultra 253B 3.91e25");

    Report only25 =
        report(TrendSettings.defaults().withThresholds("1e25"), List.of(deepseek), epoch);
    assertThat(only25.indicator("open_weight_compute").rows())
        .extracting(x -> x.get("threshold_label"))
        .containsOnly("all", ">=1e25", "no estimate");
    assertThat(only25.indicator("open_weight_compute").facts().get("thresholds"))
        .isEqualTo(List.of(1e25));
  }

  /** The largest open-weight model of a year and country, with its training FLOP. */
  private static String largest(Report r, int year, String origin) {
    Map<String, Object> row =
        r.indicator("open_weight_compute").rows().stream()
            .filter(
                x ->
                    ((Number) x.get("year")).intValue() == year
                        && origin.equals(x.get("origin"))
                        && "all".equals(x.get("threshold_label")))
            .findFirst()
            .orElseThrow();
    return row.get("max_model") + " " + TrendSettings.flop((Double) row.get("max_flop"));
  }

  private static long count(Report r, int year, String origin, String label) {
    return r.indicator("open_weight_compute").rows().stream()
        .filter(
            x ->
                Integer.valueOf(year).equals(((Number) x.get("year")).intValue())
                    && origin.equals(x.get("origin"))
                    && label.equals(x.get("threshold_label")))
        .mapToLong(x -> ((Number) x.get("models")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
