package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.testing.HubRecords;
import org.observatory.testing.SharedData;

/**
 * The streaming reader of JSON Lines records ({@link JsonlFields}) against the whole tree that
 * Jackson builds ({@link ParallelJsonl#parse}, the reader it replaced): on real Hub records (the
 * {@code metadata} of every model-tree dump in {@code shared/data/raw}, huggingface_hub's
 * snake_case with card data as YAML text, and the same records in the API's camelCase with card
 * data as an object), the JSON Lines fixtures of the tests, generated records and broken lines, the
 * normaliser makes the same record, edges and dropped values from both, and a line is unreadable
 * for the same reason.
 */
class JsonlFieldsTest {
  private static final RecordNormalizer NORMALIZER = new RecordNormalizer(FieldMap.NONE);

  @TempDir Path dir;

  @Test
  void realRecordsNormaliseAsFromTheWholeTree() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> dumps = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      for (Path dump : dumps.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader in = Files.newBufferedReader(dump)) {
          for (CSVRecord row :
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .setAllowMissingColumnNames(true)
                  .build()
                  .parse(in)) {
            lines.add(row.get("metadata"));
          }
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(1_000);
    for (ObjectNode api : HubRecords.apiShaped(30)) {
      lines.add(api.toString());
    }
    Path fixtures = Path.of("src/test/resources");
    try (Stream<Path> files = Files.walk(fixtures)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
      }
    }
    int edges = assertSameAsTree(lines, NORMALIZER);
    assertThat(edges).as("lineage edges are compared too").isGreaterThan(1_000);
  }

  @Test
  void generatedRecordsNormaliseAsFromTheWholeTree() throws IOException {
    Path file = dir.resolve("hub.jsonl");
    new HubRecordGenerator(7).write(file, 20_000);
    assertThat(assertSameAsTree(Files.readAllLines(file), NORMALIZER)).isGreaterThan(5_000);
  }

  @Test
  void aMappedColumnIsReadWhole() {
    RecordNormalizer mapped =
        new RecordNormalizer(FieldMap.parse("id=repo,license=cardData,downloads=stats"));
    assertSameAsTree(
        List.of(
            "{\"repo\":\"org/a\",\"cardData\":\"apache-2.0\",\"stats\":12,\"id\":\"x/y\"}",
            "{\"repo\":\"org/b\",\"cardData\":{\"license\":\"mit\"},\"downloads\":3}",
            "{\"id\":\"org/c\",\"stats\":{\"a\":1},\"license\":\"mit\"}"),
        mapped);
  }

  @Test
  void oddValuesAndBrokenLinesAreReadAsTheTreeReadsThem() {
    List<String> lines =
        List.of(
            // every kind of number and value, in read and skipped fields, and nested
            "{\"id\":\"o/a\",\"downloads\":12,\"likes\":12345678901,\"skip\":[1,{\"x\":[null]}]}",
            "{\"id\":\"o/b\",\"downloads\":123456789012345678901234567890,\"likes\":-1}",
            "{\"id\":\"o/c\",\"downloads\":1.5,\"likes\":1e400,\"downloadsAllTime\":NaN}",
            "{\"id\":\"o/d\",\"downloads\":-Infinity,\"likes\":.5,\"skip\":NaN}",
            "{\"id\":\"o/e\",\"downloads\":\"12\",\"likes\":true,\"author\":false}",
            "{\"id\":\"o/f\",\"tags\":[\"license:mit\",[\"x\"],{\"y\":1},null,3],\"author\":null}",
            "{\"id\":\"o/g\",\"id\":\"o/h\",\"tags\":\"a,base_model:o/x\",\"tags\":[\"t\"]}",
            "{\"id\":\"o/i\",\"cardData\":{\"license\":[\"mit\"],\"base_model\":[\"o/x\",1],"
                + "\"model-index\":[{\"name\":\"n\"}],\"license\":\"apache-2.0\"}}",
            "{\"id\":\"o/j\",\"card_data\":\"license: mit\\nbase_model: o/y\\n\",\"cardData\":[]}",
            "{\"id\":\"o/k\",\"safetensors\":{\"parameters\":{\"F16\":7},\"total\":7},"
                + "\"gguf\":{\"total\":\"9\"}}",
            "{\"id\":\"o/l\",\"safetensors\":\"{\\\"total\\\": 8}\",\"gguf\":[1]}",
            "{\"id\":\"o/m\",\"safetensors\":{\"total\":{\"x\":1}},\"parameters\":5}",
            "{\"id\":\"o/n\",\"base_model\":[\"o/p\",\"bad id!\"],\"createdAt\":1700000000}",
            "{\"id\":\"o/o\",\"createdAt\":\"2024-01-02 03:04:05+00\",\"lastModified\":\"x\"}",
            "{\"id\":\"o/\\ud800q\",\"author\":\"\\ud800\",\"license\":\"\\u00e9\"}",
            "{\"modelId\":\"o/r\",\"model_id\":\"o/s\",\"repo_id\":\"o/t\"}",
            "{}",
            "{\"x\":{}}",
            // not an object, not JSON, or more than one value
            "[1,2]",
            "\"o/a\"",
            "12",
            "null",
            "{not json",
            "not json",
            "{\"id\":\"o/a\"}{\"id\":\"o/b\"}",
            "{\"id\":\"o/a\"} x",
            "{\"id\":\"o/a\"} 12",
            "{\"id\":\"o/a\"} ]",
            "{\"id\":\"o/a\",}",
            "{\"id\":\"o/a\",\"skip\":[1,2}",
            "{\"id\":\"o/a\",\"skip\":\"bad \\x escape\"}",
            "{\"id\":\"o/a\",\"skip\":\"raw \t tab\"}",
            "{\"id\":\"o/a\",\"skip\":01}",
            "{\"id\":\"o/a\",\"skip\":tru}",
            "{\"id\":\"o/a\",\"skip\":" + "9".repeat(5_000) + "}",
            "{\"id\":\"o/a\",\"skip\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}",
            "{\"id\":\"o/a\",\"tags\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}",
            "{\"id\":\"o/a\"",
            "{\"id\":\"o/a\",\"skip\":{\"a\":1}");
    assertSameAsTree(lines, NORMALIZER);
  }

  /**
   * Asserts that each line reads and normalises the same both ways, and that the fields kept are
   * the tree's own nodes (the same node types) less the names the normaliser does not read; returns
   * the edges made.
   */
  private static int assertSameAsTree(List<String> lines, RecordNormalizer normalizer) {
    JsonlFields fields = new JsonlFields(normalizer);
    int edges = 0;
    int readable = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      SourceRecord tree = ParallelJsonl.parse(i + 1, line);
      SourceRecord streamed = fields.parse(i + 1, line);
      String what = "line " + (i + 1) + ": " + abbreviated(line);
      assertThat(streamed.unreadable()).as(what).isEqualTo(tree.unreadable());
      if (tree.isReadable()) {
        readable++;
        assertThat(streamed.fields()).as(what).isEqualTo(read(tree.fields(), normalizer));
        Normalized expected = normalizer.normalize(tree);
        assertThat(normalizer.normalize(streamed)).as(what).isEqualTo(expected);
        edges += expected.edges().size();
      }
    }
    assertThat(readable).as("some lines are readable").isPositive();
    return edges;
  }

  /** The tree less every name, and every key of an object read in part, not read. */
  private static ObjectNode read(ObjectNode tree, RecordNormalizer normalizer) {
    Map<String, Set<String>> names = normalizer.namesRead();
    ObjectNode out = tree.deepCopy();
    List<String> unread = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : out.properties()) {
      Set<String> inner = names.get(field.getKey());
      if (inner == null) {
        unread.add(field.getKey());
      } else if (!inner.isEmpty() && field.getValue() instanceof ObjectNode obj) {
        obj.retain(inner);
      }
    }
    out.remove(unread);
    return out;
  }

  private static String abbreviated(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
