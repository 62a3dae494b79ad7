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
}
