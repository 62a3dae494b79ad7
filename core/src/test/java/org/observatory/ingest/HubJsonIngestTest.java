package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.ingest.TreeCsvIngestTest.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.Store;

/**
 * The API's camelCase JSON page and the snake_case JSONL of the same real records give the same
 * snapshot.
 */
class HubJsonIngestTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  @TempDir Path tmp;

  private static List<Map<String, Object>> digest(Path file, InputFormat format) {
    try (Store store = Store.inMemory()) {
      IngestReport r =
          new Ingester(store).ingest(IngestRequest.of(format, DATE, file), IngestProgress.NONE);
      assertThat(r.stored()).isEqualTo(60);
      return store.query("test_snapshot_digest", DATE);
    }
  }

  @Test
  void camelCaseApiPageAndSnakeCaseJsonlGiveTheSameSnapshot() {
    List<Map<String, Object>> snake =
        digest(resource("trees-slice.snake.jsonl"), InputFormat.HUB_JSONL);
    List<Map<String, Object>> camel =
        digest(resource("trees-slice.camel.json"), InputFormat.HUB_JSON);
    assertThat(camel).isEqualTo(snake);
    assertThat(((Number) snake.get(0).get("edges")).longValue()).isPositive();
  }

  @Test
  void autoDetectsJsonAndJsonlFromContentNotName() throws IOException {
    Path jsonl = Files.copy(resource("trees-slice.snake.jsonl"), tmp.resolve("records.txt"));
    Path json = Files.copy(resource("trees-slice.camel.json"), tmp.resolve("page.data"));
    try (Store store = Store.inMemory()) {
      IngestReport r =
          new Ingester(store)
              .ingest(IngestRequest.of(InputFormat.AUTO, DATE, jsonl, json), IngestProgress.NONE);
      assertThat(r.files())
          .extracting(FileReport::format)
          .containsExactly(InputFormat.HUB_JSONL, InputFormat.HUB_JSON);
      assertThat(store.snapshots().get(0).models()).isEqualTo(60);
    }
  }

  @Test
  void gzipInputIsReadTransparently() throws IOException {
    Path gz = tmp.resolve("records.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(resource("trees-slice.snake.jsonl"), out);
    }
    assertThat(digest(gz, InputFormat.AUTO))
        .isEqualTo(digest(resource("trees-slice.snake.jsonl"), InputFormat.HUB_JSONL));
  }

  @Test
  void storesTheRecordFieldsAndItsEdges() {
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(
              IngestRequest.of(InputFormat.HUB_JSON, DATE, resource("trees-slice.camel.json")),
              IngestProgress.NONE);
      Map<String, Object> janus =
          store.query("model_record", DATE, "deepseek-ai/Janus-Pro-7B").get(0);
      assertThat(janus.get("author")).isEqualTo("deepseek-ai");
      assertThat(janus.get("license")).isEqualTo("mit");
      assertThat(janus.get("pipeline_tag")).isEqualTo("any-to-any");
      assertThat(((Number) janus.get("downloads")).longValue()).isPositive();
      assertThat(janus.get("created_at").toString()).startsWith("2025-01-");
      List<Map<String, Object>> parents =
          store.query("model_parents", DATE, "wnma3mz/Janus-Pro-7B-LM");
      assertThat(parents)
          .extracting(p -> p.get("parent") + " " + p.get("relation"))
          .containsExactly("deepseek-ai/Janus-Pro-7B finetune");
    }
  }
}
