package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.ingest.TreeCsvIngestTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * Several files merge into one snapshot; the latest record of a model wins; re-ingesting changes
 * nothing.
 */
class MergeTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  @TempDir Path tmp;

  @Test
  void reingestingTheSameFilesGivesTheSameSnapshot() {
    Path db = tmp.resolve("o.duckdb");
    Path[] files = {
      SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv"),
      SharedData.raw("hf-model-trees-oderinwale/Janus-Pro-7B_finetunes_20250422_225821.csv"),
      resource("trees-slice.snake.jsonl")
    };
    List<Map<String, Object>> first;
    try (Store store = Store.open(db)) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, files), IngestProgress.NONE);
      first = store.query("test_snapshot_digest", DATE);
    }
    try (Store store = Store.open(db)) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, files), IngestProgress.NONE);
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, files[2]), IngestProgress.NONE);
      assertThat(store.query("test_snapshot_digest", DATE)).isEqualTo(first);
      assertThat(store.snapshots()).hasSize(1);
      assertThat(store.snapshots().get(0).sources()).hasSize(3);
    }
  }

  @Test
  void aModelSeenTwiceKeepsTheRecordWithTheLatestLastModified() throws IOException {
    String older =
        "{\"id\":\"acme/m\",\"lastModified\":\"2025-01-01T00:00:00Z\",\"downloads\":5,"
            + "\"tags\":[\"license:mit\",\"base_model:finetune:acme/base\"]}\n";
    String newer =
        "{\"id\":\"acme/m\",\"lastModified\":\"2025-03-01T00:00:00Z\",\"downloads\":9,"
            + "\"tags\":[\"license:apache-2.0\",\"base_model:adapter:acme/base\"]}\n";
    Path a = Files.writeString(tmp.resolve("a.jsonl"), newer);
    Path b = Files.writeString(tmp.resolve("b.jsonl"), older);
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, a, b), IngestProgress.NONE);
      Map<String, Object> m = store.query("model_record", DATE, "acme/m").get(0);
      assertThat(m.get("downloads")).isEqualTo(9L);
      assertThat(m.get("license")).isEqualTo("apache-2.0");
      assertThat(m.get("source_file")).isEqualTo("a.jsonl");
      // edges of both records are kept: lineage is a union of what every source says
      assertThat(store.query("model_parents", DATE, "acme/m"))
          .extracting(p -> p.get("relation"))
          .containsExactly("adapter", "finetune");
      // a later ingest of the older record alone does not replace the newer one
      new Ingester(store).ingest(IngestRequest.of(InputFormat.AUTO, DATE, b), IngestProgress.NONE);
      assertThat(store.query("model_record", DATE, "acme/m").get(0).get("downloads")).isEqualTo(9L);
    }
  }

  /**
   * A later ingest of records the snapshot already holds merges them one by one (the delete and
   * insert path of the merge), and adds the records it does not hold yet in the same ingest.
   */
  @Test
  void aLaterIngestKeepsPerIdTheLatestRecordAndTheStoredOneOnATie() throws IOException {
    Path first =
        Files.writeString(
            tmp.resolve("first.jsonl"),
            record("acme/newer", "2025-01-01T00:00:00Z", 1)
                + record("acme/tie", "2025-01-01T00:00:00Z", 1)
                + record("acme/undated", null, 1)
                + record("acme/dated", "2025-01-01T00:00:00Z", 1)
                + record("acme/stays", "2025-02-01T00:00:00Z", 1));
    Path second =
        Files.writeString(
            tmp.resolve("second.jsonl"),
            record("acme/newer", "2025-03-01T00:00:00Z", 2)
                + record("acme/tie", "2025-01-01T00:00:00Z", 2)
                + record("acme/undated", "2025-01-01T00:00:00Z", 2)
                + record("acme/dated", null, 2)
                + record("acme/stays", "2025-01-15T00:00:00Z", 2)
                + record("acme/added", null, 2)
                + record("acme/twice", "2025-01-01T00:00:00Z", 3)
                + record("acme/twice", "2025-01-01T00:00:00Z", 4));
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, first), IngestProgress.NONE);
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, second), IngestProgress.NONE);

      assertThat(downloads(store, "acme/newer")).isEqualTo(2L);
      assertThat(downloads(store, "acme/tie")).isEqualTo(1L);
      assertThat(downloads(store, "acme/undated")).isEqualTo(2L);
      assertThat(downloads(store, "acme/dated")).isEqualTo(1L);
      assertThat(downloads(store, "acme/stays")).isEqualTo(1L);
      assertThat(downloads(store, "acme/added")).isEqualTo(2L);
      assertThat(downloads(store, "acme/twice")).isEqualTo(4L);
      assertThat(store.query("model_record", DATE, "acme/newer").get(0).get("source_file"))
          .isEqualTo("second.jsonl");
      assertThat(store.query("model_record", DATE, "acme/tie").get(0).get("source_file"))
          .isEqualTo("first.jsonl");
      assertThat(store.snapshots().get(0).models()).isEqualTo(7);
    }
  }

  private static String record(String id, String lastModified, long downloads) {
    return "{\"id\":\""
        + id
        + "\""
        + (lastModified == null ? "" : ",\"lastModified\":\"" + lastModified + "\"")
        + ",\"downloads\":"
        + downloads
        + "}\n";
  }

  private static Object downloads(Store store, String id) {
    return store.query("model_record", DATE, id).get(0).get("downloads");
  }

  @Test
  void aTypedRelationReplacesAnUnspecifiedOneAcrossSources() throws IOException {
    Path bare =
        Files.writeString(
            tmp.resolve("bare.jsonl"), "{\"id\":\"x/child\",\"tags\":[\"base_model:x/base\"]}\n");
    Path typed =
        Files.writeString(
            tmp.resolve("typed.jsonl"),
            "{\"id\":\"x/child2\",\"tags\":[\"base_model:quantized:x/child\"]}\n"
                + "{\"id\":\"x/child\",\"tags\":[\"base_model:quantized:x/base\"]}\n");
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, bare), IngestProgress.NONE);
      assertThat(store.query("model_parents", DATE, "x/child"))
          .extracting(p -> p.get("relation"))
          .containsExactly("unspecified");
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.AUTO, DATE, typed), IngestProgress.NONE);
      assertThat(store.query("model_parents", DATE, "x/child"))
          .extracting(p -> p.get("relation"))
          .containsExactly("quantized");
      assertThat(store.snapshots().get(0).nodes()).isEqualTo(3);
    }
  }

  @Test
  void tagsAreStoredAsTheRecordListsThem() throws IOException {
    String records =
        "{\"id\":\"acme/a\",\"tags\":[\"license:mit\",\"en\",\"odd\\u001ftag\"]}\n"
            + "{\"id\":\"acme/b\",\"tags\":[]}\n"
            + "{\"id\":\"acme/c\"}\n";
    Path file = Files.writeString(tmp.resolve("tags.jsonl"), records);
    try (Store store = Store.open(tmp.resolve("o.duckdb"))) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, DATE, file), IngestProgress.NONE);
      assertThat(store.query("model_record", DATE, "acme/a").get(0).get("tags"))
          .isEqualTo(List.of("license:mit", "en", "odd tag"));
      assertThat(store.query("model_record", DATE, "acme/b").get(0).get("tags"))
          .isEqualTo(List.of());
      assertThat(store.query("model_record", DATE, "acme/c").get(0).get("tags"))
          .isEqualTo(List.of());
    }
  }
}
