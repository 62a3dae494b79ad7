package org.observatory.origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.testing.SharedData;

/**
 * The 30-day downloads of every Hub author in two Hub files of {@code ../shared/data/raw}, summed
 * over the author's models: {@code hf-model-info-liang2023/model_info.csv} (column {@code author})
 * and the rows of {@code hf-model-trees-oderinwale/*.csv} (the author and downloads of the {@code
 * metadata} JSON; when it is missing or not JSON, the part of {@code model_id} before '/', with 0
 * downloads).
 */
final class HubAuthorDownloads {
  static final String LIANG = "hf-model-info-liang2023/model_info.csv";
  static final String TREES = "hf-model-trees-oderinwale";

  private static final String HUB_PREFIX = "https://huggingface.co/";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private HubAuthorDownloads() {}

  /** Author → Σ downloads in the Liang file. */
  static Map<String, Double> liang() throws IOException {
    Map<String, Double> downloads = new TreeMap<>();
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(LIANG))) {
      for (CSVRecord r : csv) {
        String value = r.get("downloads").strip();
        downloads.merge(
            r.get("author"), value.isEmpty() ? 0 : Double.parseDouble(value), Double::sum);
      }
    }
    return downloads;
  }

  /** Author → Σ downloads over the rows of every model-tree file. */
  static Map<String, Double> trees() throws IOException {
    Map<String, Double> downloads = new TreeMap<>();
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
          double value = d.isNumber() && !Double.isNaN(d.asDouble()) ? d.asDouble() : 0;
          downloads.merge(author, value, Double::sum);
        }
      }
    }
    return downloads;
  }

  /**
   * The authors whose downloads are at least those of the {@code n}-th author by downloads (so
   * authors tied with it are included).
   */
  static Set<String> top(Map<String, Double> downloads, int n) {
    List<Double> sorted =
        downloads.values().stream().sorted(Comparator.reverseOrder()).limit(n).toList();
    double threshold = sorted.get(sorted.size() - 1);
    return downloads.entrySet().stream()
        .filter(e -> e.getValue() >= threshold)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
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
