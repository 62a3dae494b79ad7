package org.observatory.origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.testing.SharedData;

/**
 * The 30-day downloads and the models of every Hub author in the Hub datasets of {@code
 * ../shared/data/raw}, summed over the author's models: {@code
 * hf-model-info-liang2023/model_info.csv} (column {@code author}); the rows of {@code
 * hf-model-trees-oderinwale/*.csv} (the author and downloads of the {@code metadata} JSON; when it
 * is missing or not JSON, the part of {@code model_id} before '/', with 0 downloads); {@code
 * hf-major-orgs-gabtos/hf_models_by_author.csv} ({@code owner}); and the latest monthly file of
 * {@code hf-kblab-monthly-downloads/models} ({@code organization}).
 */
final class HubAuthorDownloads {
  static final String LIANG = "hf-model-info-liang2023/model_info.csv";
  static final String TREES = "hf-model-trees-oderinwale";
  static final String MAJOR_ORGS = "hf-major-orgs-gabtos/hf_models_by_author.csv";
  static final String KBLAB = "hf-kblab-monthly-downloads/models";

  /** One Hub dataset: author → Σ 30-day downloads, and author → models. */
  record Dataset(Map<String, Double> downloads, Map<String, Integer> models) {
    double total() {
      return downloads.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    void add(String author, double value) {
      downloads.merge(author, value, Double::sum);
      models.merge(author, 1, Integer::sum);
    }
  }

  private static final String HUB_PREFIX = "https://huggingface.co/";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private HubAuthorDownloads() {}

  static Dataset liangDataset() throws IOException {
    Dataset d = new Dataset(new TreeMap<>(), new TreeMap<>());
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(LIANG))) {
      for (CSVRecord r : csv) {
        String value = r.get("downloads").strip();
        d.add(r.get("author"), value.isEmpty() ? 0 : Double.parseDouble(value));
      }
    }
    return d;
  }

  static Dataset treesDataset() throws IOException {
    Dataset d = new Dataset(new TreeMap<>(), new TreeMap<>());
    forEachTreeRow(d::add);
    return d;
  }

  static Dataset majorOrgs() throws IOException {
    Dataset d = new Dataset(new TreeMap<>(), new TreeMap<>());
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(MAJOR_ORGS))) {
      for (CSVRecord r : csv) {
        d.add(r.get("owner"), Double.parseDouble(r.get("downloads")));
      }
    }
    return d;
  }

  /** The latest monthly file of KBLab's downloads. */
  static Dataset kblab() throws IOException {
    Path latest;
    try (var files = Files.list(SharedData.raw(KBLAB))) {
      latest = files.filter(f -> f.toString().endsWith(".csv")).max(Path::compareTo).orElseThrow();
    }
    Dataset d = new Dataset(new TreeMap<>(), new TreeMap<>());
    try (CSVParser csv = OriginRegistryTest.parse(latest)) {
      for (CSVRecord r : csv) {
        String value = r.get("downloads").strip();
        d.add(r.get("organization"), value.isEmpty() ? 0 : Double.parseDouble(value));
      }
    }
    return d;
  }

  private static void forEachTreeRow(java.util.function.ObjDoubleConsumer<String> row)
      throws IOException {
    for (Path file : treeFiles()) {
      try (CSVParser csv = OriginRegistryTest.parse(file)) {
        for (CSVRecord r : csv) {
          String id = r.get("model_id").strip();
          if (id.startsWith(HUB_PREFIX)) {
            id = id.substring(HUB_PREFIX.length());
          }
          JsonNode meta = metadata(r.get("metadata"));
          String author = meta.path("author").asText("").strip();
          if (author.isEmpty() && id.contains("/")) {
            author = id.substring(0, id.indexOf('/'));
          }
          if (author.isEmpty()) {
            continue;
          }
          JsonNode d = meta.path("downloads");
          row.accept(author, d.isNumber() && !Double.isNaN(d.asDouble()) ? d.asDouble() : 0);
        }
      }
    }
  }

  private static List<Path> treeFiles() throws IOException {
    try (var files = Files.list(SharedData.raw(TREES))) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
  }

  private static JsonNode metadata(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return JSON.missingNode(); // "N/A" in a few rows
    }
  }
}
