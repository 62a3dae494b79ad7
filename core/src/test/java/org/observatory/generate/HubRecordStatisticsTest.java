package org.observatory.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 50,000 generated records against the fitted profile they are drawn from, within tolerances. */
class HubRecordStatisticsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int N = 50_000;

  @TempDir static Path dir;
  static List<JsonNode> records = new ArrayList<>();
  static JsonNode profile;

  /** child id → relation of its typed tags; parent id → children by relation. */
  static Map<String, String> relationOf = new HashMap<>();

  static Map<String, Map<String, Integer>> children = new HashMap<>();
  static Map<String, List<String>> parentsOf = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    Path file = new HubRecordGenerator(2024).write(dir.resolve("hub.jsonl"), N).path();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode r = JSON.readTree(line);
        records.add(r);
        String id = r.get("id").asText();
        for (JsonNode t : r.get("tags")) {
          String[] parts = t.asText().split(":", 3);
          if (parts.length == 3 && parts[0].equals("base_model")) {
            relationOf.put(id, parts[1]);
            parentsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(parts[2]);
            children
                .computeIfAbsent(parts[2], k -> new HashMap<>())
                .merge(parts[1], 1, Integer::sum);
          }
        }
      }
    }
    try (InputStream in =
        HubRecordStatisticsTest.class.getClassLoader().getResourceAsStream(HubProfile.RESOURCE)) {
      profile = JSON.readTree(in);
    }
  }

  /** The count a record carries: safetensors.total, else gguf.total; null when none. */
  private static Long parameters(JsonNode r) {
    for (String key : List.of("safetensors", "gguf")) {
      if (r.path(key).path("total").isIntegralNumber()) {
        return r.path(key).path("total").asLong();
      }
    }
    return null;
  }

  @Test
  void parameterCountsFollowTheTreesAndDerivativesMostlyHaveTheirParents() {
    JsonNode fitted = profile.path("parameters");
    Map<String, Long> byId = new HashMap<>();
    List<Double> logs = new ArrayList<>();
    for (JsonNode r : records) {
      Long p = parameters(r);
      if (p != null) {
        assertThat(p).isPositive();
        byId.put(r.get("id").asText(), p);
        logs.add(Math.log10(p));
      }
    }
    assertThat(byId.size() / (double) N).isCloseTo(fitted.path("share").asDouble(), within(0.01));
    logs.sort(Double::compare);
    JsonNode q = fitted.path("log10_quantiles");
    assertThat(logs.get(logs.size() / 2)).isCloseTo(q.get(q.size() / 2).asDouble(), within(0.15));
    assertThat(logs.get(0)).isGreaterThanOrEqualTo(q.get(0).asDouble() - 1e-9);
    assertThat(logs.get(logs.size() - 1))
        .isLessThanOrEqualTo(q.get(q.size() - 1).asDouble() + 1e-9);
    int pairs = 0;
    int same = 0;
    for (Map.Entry<String, List<String>> e : parentsOf.entrySet()) {
      String parent = e.getValue().get(0);
      if (byId.containsKey(e.getKey())
          && byId.containsKey(parent)
          && !parentsOf.containsKey(parent)) {
        pairs++;
        same +=
            Math.abs(Math.log10(byId.get(e.getKey()) / (double) byId.get(parent))) < 0.05 ? 1 : 0;
      }
    }
    assertThat(pairs).isGreaterThan(1000);
    assertThat(same / (double) pairs)
        .isGreaterThanOrEqualTo(fitted.path("inherit_share").asDouble() - 0.02);
  }

  @Test
  void relationMixAmongDerivativesFollowsTheTrees() {
    JsonNode fitted = profile.path("derivatives").path("relations");
    for (String rel : List.of("adapter", "finetune", "quantized", "merge")) {
      double share =
          relationOf.values().stream().filter(rel::equals).count() / (double) relationOf.size();
      assertThat(share).as(rel).isCloseTo(fitted.path(rel).asDouble(), within(0.015));
    }
    assertThat(relationOf.size() / (double) N)
        .isCloseTo(profile.path("derivatives").path("share").asDouble(), within(0.02));
  }

  @Test
  void adaptersPileOnFewParentsAndQuantizedModelsAreMostlyLeaves() {
    assertThat(meanChildren("adapter")).isGreaterThan(2 * meanChildren("finetune"));
    Set<String> quantized = new HashSet<>();
    relationOf.forEach(
        (id, rel) -> {
          if (rel.equals("quantized")) {
            quantized.add(id);
          }
        });
    long withChildren = quantized.stream().filter(children::containsKey).count();
    assertThat(withChildren / (double) quantized.size()).isLessThan(0.05);
    long merges2 =
        parentsOf.entrySet().stream()
            .filter(e -> relationOf.get(e.getKey()).equals("merge"))
            .filter(e -> e.getValue().size() == 2)
            .count();
    assertThat(merges2).isPositive();
  }

  @Test
  void depthFollowsTheTrees() {
    Map<Integer, Integer> depths = new HashMap<>();
    for (String id : relationOf.keySet()) {
      depths.merge(depth(id), 1, Integer::sum);
    }
    JsonNode fitted = profile.path("derivatives").path("depth");
    for (int d = 1; d <= 3; d++) {
      assertThat(depths.getOrDefault(d, 0) / (double) relationOf.size())
          .as("depth %d", d)
          .isCloseTo(fitted.path(Integer.toString(d)).asDouble(), within(0.03));
    }
  }

  @Test
  void downloadsHaveTheFittedZeroShareAndTail() {
    JsonNode fitted = profile.path("downloads");
    double xmin = fitted.path("tail").path("xmin").asDouble();
    long zeros = 0;
    long tail = 0;
    double logs = 0;
    for (JsonNode r : records) {
      long d = r.get("downloads").asLong();
      zeros += d == 0 ? 1 : 0;
      if (d >= xmin) {
        tail++;
        logs += Math.log(d / xmin);
      }
    }
    // young models have prorated 30-day downloads, so a few more zeros than drawn
    assertThat(zeros / (double) N).isCloseTo(fitted.path("zero_share").asDouble(), within(0.03));
    assertThat(tail / logs)
        .as("Hill estimate of the tail exponent")
        .isCloseTo(fitted.path("tail").path("alpha").asDouble(), within(0.06));
  }

  @Test
  void licensesAndMissingFieldsFollowTheTrees() {
    long noLicense = 0;
    long mit = 0;
    long noTask = 0;
    for (JsonNode r : records) {
      String license = null;
      for (JsonNode t : r.get("tags")) {
        if (t.asText().startsWith("license:")) {
          license = t.asText().substring(8);
        }
      }
      noLicense += license == null ? 1 : 0;
      mit += "mit".equals(license) ? 1 : 0;
      noTask += r.has("pipeline_tag") ? 0 : 1;
    }
    double missing = profile.path("licenses").path("missing_share").asDouble();
    assertThat(noLicense / (double) N).isCloseTo(missing, within(0.03));
    double mitShare = profile.path("licenses").path("mix").path("mit").asDouble();
    assertThat(mit / (double) (N - noLicense)).isCloseTo(mitShare, within(0.03));
    assertThat(noTask / (double) N)
        .isCloseTo(profile.path("missing").path("pipeline_tag").asDouble(), within(0.02));
  }

  @Test
  void authorsFollowTheFittedOrgSizes() {
    Map<String, Integer> sizes = new HashMap<>();
    records.forEach(r -> sizes.merge(r.get("author").asText(), 1, Integer::sum));
    long single = sizes.values().stream().filter(v -> v == 1).count();
    JsonNode fitted = profile.path("authors");
    assertThat(single / (double) sizes.size())
        .isCloseTo(fitted.path("single_model_share").asDouble(), within(0.05));
    assertThat(sizes.size() / (double) N)
        .isCloseTo(
            fitted.path("pool_fit").path("real_authors_per_record").asDouble(), within(0.05));
    assertThat(sizes).containsKeys("google", "microsoft", "Qwen", "huggingtweets");
  }

  @Test
  void dirtAppearsAtAboutTheProfilesRates() {
    long placeholders = 0;
    long selfRefs = 0;
    for (JsonNode r : records) {
      JsonNode base = r.path("cardData").path("base_model");
      if (base.isTextual()) {
        placeholders += base.asText().equals("ORIGINAL_REPO_NAME") ? 1 : 0;
        selfRefs += base.asText().equals(r.get("id").asText()) ? 1 : 0;
      }
    }
    JsonNode dirt = profile.path("dirt");
    double expectedPlaceholders =
        N * 0.4 * dirt.path("placeholder_share").asDouble() / 4; // one of four placeholder kinds
    assertThat((double) placeholders).isBetween(expectedPlaceholders / 3, expectedPlaceholders * 3);
    assertThat(selfRefs).isPositive();
  }

  private static double meanChildren(String relation) {
    return children.values().stream()
        .filter(m -> m.containsKey(relation))
        .mapToInt(m -> m.get(relation))
        .average()
        .orElse(0);
  }

  private static int depth(String id) {
    int d = 0;
    String at = id;
    while (parentsOf.containsKey(at) && d < 50) {
      at = parentsOf.get(at).get(0);
      d++;
    }
    return d;
  }
}
