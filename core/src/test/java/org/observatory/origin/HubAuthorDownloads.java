package org.observatory.origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.testing.SharedData;

/**
 * The 30-day downloads and the models of every Hub author in every Hub dataset of {@code
 * ../shared/data/raw}, summed over the author's models, each file read in full:
 *
 * <ul>
 *   <li>{@code hf-model-info-liang2023/model_info.csv} (column {@code author});
 *   <li>the ten {@code hf-model-trees-oderinwale/*.csv} files as one dataset: each row's author and
 *       downloads (from the {@code metadata} JSON; when it is missing or not JSON, the part of
 *       {@code model_id} before '/', with 0 downloads), and every model named only in a row's
 *       {@code children}, {@code adapters}, {@code quantized} or {@code merges} list (a node of the
 *       snapshot with no record: counted once, with 0 downloads, under the part of its id before
 *       '/');
 *   <li>{@code hf-major-orgs-gabtos/hf_models_by_author.csv} ({@code owner});
 *   <li>{@code hf-major-orgs-gabtos/most_popular_models_wlicenses.csv} (the part of {@code
 *       model_name} before '/'; the file has no downloads, so its figures count models);
 *   <li>each of the monthly files of {@code hf-kblab-monthly-downloads/models} ({@code
 *       organization}), one dataset per file.
 * </ul>
 */
final class HubAuthorDownloads {
  static final String LIANG = "hf-model-info-liang2023/model_info.csv";
  static final String TREES = "hf-model-trees-oderinwale";
  static final String MAJOR_ORGS = "hf-major-orgs-gabtos/hf_models_by_author.csv";
  static final String POPULAR = "hf-major-orgs-gabtos/most_popular_models_wlicenses.csv";
  static final String KBLAB = "hf-kblab-monthly-downloads/models";

  /** The list columns of a model-tree file, and a Hub model id as they name it. */
  private static final List<String> TREE_LISTS =
      List.of("children", "adapters", "quantized", "merges");

  private static final Pattern MODEL_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");

  /**
   * One Hub dataset: author → Σ 30-day downloads, and author → models. A dataset without downloads
   * (every value 0) is weighed by models instead: {@link #weights()}.
   */
  record Dataset(Map<String, Double> downloads, Map<String, Integer> models) {
    static Dataset empty() {
      return new Dataset(new TreeMap<>(), new TreeMap<>());
    }

    double total() {
      return downloads.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    boolean hasDownloads() {
      return total() > 0;
    }

    /** Author → downloads, or author → models when the dataset has no downloads. */
    Map<String, Double> weights() {
      if (hasDownloads()) {
        return downloads;
      }
      Map<String, Double> byModels = new TreeMap<>();
      models.forEach((author, n) -> byModels.put(author, n.doubleValue()));
      return byModels;
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

  /** Every Hub dataset, by the name its figures carry (a file, or the folder of the trees). */
  static Map<String, Dataset> all() throws IOException {
    Map<String, Dataset> all = new LinkedHashMap<>();
    all.put(LIANG, liangDataset());
    all.put(TREES, treesDataset());
    all.put(MAJOR_ORGS, majorOrgs());
    all.put(POPULAR, popularModels());
    all.putAll(kblabFiles());
    return all;
  }

  static Dataset liangDataset() throws IOException {
    Dataset d = Dataset.empty();
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(LIANG))) {
      for (CSVRecord r : csv) {
        String value = r.get("downloads").strip();
        d.add(r.get("author"), value.isEmpty() ? 0 : Double.parseDouble(value));
      }
    }
    return d;
  }

  static Dataset majorOrgs() throws IOException {
    Dataset d = Dataset.empty();
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(MAJOR_ORGS))) {
      for (CSVRecord r : csv) {
        d.add(r.get("owner"), Double.parseDouble(r.get("downloads")));
      }
    }
    return d;
  }

  static Dataset popularModels() throws IOException {
    Dataset d = Dataset.empty();
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(POPULAR))) {
      for (CSVRecord r : csv) {
        d.add(r.get("model_name").strip().split("/")[0], 0);
      }
    }
    return d;
  }

  /** Every monthly file of KBLab's downloads, each its own dataset, in date order. */
  static Map<String, Dataset> kblabFiles() throws IOException {
    List<Path> files;
    try (var list = Files.list(SharedData.raw(KBLAB))) {
      files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    Map<String, Dataset> all = new LinkedHashMap<>();
    for (Path file : files) {
      Dataset d = Dataset.empty();
      try (CSVParser csv = OriginRegistryTest.parse(file)) {
        for (CSVRecord r : csv) {
          String value = r.get("downloads").strip();
          d.add(r.get("organization"), value.isEmpty() ? 0 : Double.parseDouble(value));
        }
      }
      all.put(KBLAB + "/" + file.getFileName(), d);
    }
    return all;
  }

  /**
   * The rows of the ten tree files, then every model id their list columns name that no row has
   * (case-insensitively, as the Hub compares ids), once each with 0 downloads.
   */
  static Dataset treesDataset() throws IOException {
    Dataset d = Dataset.empty();
    Set<String> rowIds = new HashSet<>();
    Map<String, String> listed = new TreeMap<>();
    for (Path file : treeFiles()) {
      try (CSVParser csv = OriginRegistryTest.parse(file)) {
        for (CSVRecord r : csv) {
          String id = withoutHubPrefix(r.get("model_id").strip());
          rowIds.add(id.toLowerCase(Locale.ROOT));
          addRow(d, id, metadata(r.get("metadata")));
          for (String column : TREE_LISTS) {
            if (r.isMapped(column)) {
              for (String child : listIds(r.get(column))) {
                listed.putIfAbsent(child.toLowerCase(Locale.ROOT), child);
              }
            }
          }
        }
      }
    }
    listed.forEach(
        (key, id) -> {
          if (!rowIds.contains(key)) {
            d.add(id.substring(0, id.indexOf('/')), 0);
          }
        });
    return d;
  }

  private static void addRow(Dataset d, String id, JsonNode meta) {
    String author = meta.path("author").asText("").strip();
    if (author.isEmpty() && id.contains("/")) {
      author = id.substring(0, id.indexOf('/'));
    }
    if (!author.isEmpty()) {
      JsonNode downloads = meta.path("downloads");
      boolean known = downloads.isNumber() && !Double.isNaN(downloads.asDouble());
      d.add(author, known ? downloads.asDouble() : 0);
    }
  }

  /**
   * The model ids of a list cell: {@code https://huggingface.co/a/b, ...} or a Python list {@code
   * ['https://huggingface.co/a/b', ...]}; a cut-off or malformed entry names no model.
   */
  static List<String> listIds(String cell) {
    List<String> ids = new ArrayList<>();
    String s = cell == null ? "" : cell.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    for (String part : s.split(",")) {
      String p = part.strip();
      if (p.length() >= 2
          && (p.charAt(0) == '\'' || p.charAt(0) == '"')
          && p.charAt(p.length() - 1) == p.charAt(0)) {
        p = p.substring(1, p.length() - 1).strip();
      }
      p = withoutHubPrefix(p);
      if (MODEL_ID.matcher(p).matches()) {
        ids.add(p);
      }
    }
    return ids;
  }

  private static String withoutHubPrefix(String id) {
    return id.startsWith(HUB_PREFIX) ? id.substring(HUB_PREFIX.length()) : id;
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
