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
import java.util.stream.Stream;
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
 * The report's figures on real Hub files equal those of an independent computation from the raw
 * files (scripts/independent_indicators.py; see FIXTURES.md): per-origin download sums, foundation
 * and first-party downloads, derivatives per foundation origin and relation, distinct builders,
 * license-class sums.
 */
class ReportIndependentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = ReportIndependentTest.class.getResourceAsStream("/report/" + name)) {
      return JSON.readTree(in);
    }
  }

  private static Report report(IngestRequest request) {
    try (Store store = Store.inMemory()) {
      new Ingester(store).ingest(request, IngestProgress.NONE);
      return new ReportBuilder(
              new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
          .build(request.snapshot());
    }
  }

  private static Map<String, Double> byKey(
      List<Map<String, Object>> rows,
      String key,
      String value,
      String filterField,
      String filterValue) {
    Map<String, Double> out = new HashMap<>();
    for (Map<String, Object> r : rows) {
      if (filterField == null || filterValue.equals(r.get(filterField))) {
        out.put(String.valueOf(r.get(key)), ((Number) r.get(value)).doubleValue());
      }
    }
    return out;
  }

  private static Map<String, Double> map(JsonNode node) {
    Map<String, Double> out = new HashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
    return out;
  }

  private static void assertSame(
      Map<String, Double> actual, Map<String, Double> expected, String what) {
    assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
    expected.forEach(
        (k, v) ->
            assertThat(actual.get(k))
                .as(what + " " + k)
                .isCloseTo(v, within(1e-6 * Math.max(1, v))));
  }

  private static void assertMatches(Report r, JsonNode e) {
    for (String name :
        List.of(
            "downloads_by_origin",
            "downloads_by_foundation_origin",
            "first_party_downloads_by_origin")) {
      assertSame(
          byKey(r.indicator(name).rows(), "origin", "downloads", null, null),
          map(e.get(name)),
          name);
    }
    JsonNode deriv = e.get("derivatives_by_foundation_origin");
    for (String relation :
        List.of("total", "finetune", "adapter", "quantized", "merge", "unspecified")) {
      Map<String, Double> expected = deriv.has(relation) ? map(deriv.get(relation)) : Map.of();
      assertSame(
          byKey(
              r.indicator("derivatives_by_foundation_origin").rows(),
              "origin",
              "derivatives",
              "relation",
              relation),
          expected,
          "derivatives " + relation);
    }
    assertSame(
        byKey(
            r.indicator("builders_by_foundation_origin").rows(), "origin", "builders", null, null),
        map(e.get("builders_by_foundation_origin")),
        "builders");
    Map<String, Double> models = new HashMap<>();
    Map<String, Double> downloads = new HashMap<>();
    e.get("license_classes")
        .fields()
        .forEachRemaining(
            c -> {
              models.put(c.getKey(), c.getValue().get(0).asDouble());
              downloads.put(c.getKey(), c.getValue().get(1).asDouble());
            });
    assertSame(
        byKey(r.indicator("license_classes").rows(), "class", "models", null, null),
        models,
        "license models");
    assertSame(
        byKey(r.indicator("license_classes").rows(), "class", "downloads", null, null),
        downloads,
        "license downloads");
  }

  @Test
  void theTenDerivativeTreesAsOneSnapshot() throws IOException {
    Path[] files;
    try (Stream<Path> s = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      files = s.sorted().toArray(Path[]::new);
    }
    Report r =
        report(IngestRequest.of(InputFormat.MODEL_TREE_CSV, LocalDate.of(2025, 4, 26), files));
    assertMatches(r, expected("trees-2025-04-26.independent.json"));
    assertThat(r.models()).isEqualTo(1417);
  }

  @Test
  void theSevenMajorOrgs() throws IOException {
    Path file = SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv");
    Report r =
        report(
            new IngestRequest(
                List.of(file),
                InputFormat.CSV,
                LocalDate.of(2025, 10, 12),
                FieldMap.parse("id=repo_id,author=owner"),
                0));
    assertMatches(r, expected("major-orgs.independent.json"));
  }
}
