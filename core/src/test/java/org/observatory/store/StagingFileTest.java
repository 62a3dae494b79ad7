package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.model.HubId;
import org.observatory.model.ModelRecord;
import org.observatory.model.ParentEdge;
import org.observatory.model.Relation;

/**
 * Staged rows go through CSV files and DuckDB's CSV reader: every text must come back exactly as
 * written (quotes, separators, line breaks, NUL, the tag separator, non-BMP characters, an empty
 * text apart from a missing one, a line far past the reader's default longest line), and the
 * staging files must not outlive the ingest.
 */
class StagingFileTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  @TempDir Path dir;

  private static ModelRecord record(String id, String licenseName, List<String> tags) {
    return new ModelRecord(
        new HubId(id),
        "o",
        Instant.parse("2024-02-29T23:59:59.123456Z"),
        Instant.parse("1969-12-31T23:59:59.5Z"),
        -1L,
        null,
        Long.MAX_VALUE,
        "",
        licenseName,
        null,
        "text-generation",
        "",
        null,
        tags,
        List.of());
  }

  private static void ingest(Store store, ModelRecord... records) {
    try (IngestTransaction tx = store.beginIngest();
        StagingFile file = tx.stage(DAY, "a \"quoted\", file.jsonl")) {
      StageRows rows = new StageRows();
      long seq = 0;
      for (ModelRecord r : records) {
        rows.model(++seq, r);
        rows.edge(new ParentEdge(r.id(), new HubId("base/m"), Relation.FINETUNE, "tag\"card\n"));
      }
      file.write(rows);
      file.load();
      tx.commit();
    }
  }

  @Test
  void everyTextComesBackAsWritten() {
    String hostile = "a \"b\", c\nd\r\ne\u0000f\u001fg 😀 é \\ ,,\"\"";
    String longText = "x".repeat(3 << 20) + "\"";
    try (Store store = Store.inMemory()) {
      ingest(
          store,
          record("o/hostile", hostile, List.of("t\u001fu", "", "a,b", "q\"q", "line\nbreak")),
          record("o/long", longText, List.of()));

      Map<String, Object> h = store.query("model_record", DAY, "o/hostile").get(0);
      assertThat(h.get("license_name")).isEqualTo(hostile);
      assertThat(h.get("license")).isEqualTo("");
      assertThat(h.get("library_name")).isEqualTo("");
      assertThat(h.get("license_link")).isNull();
      assertThat(h.get("downloads_all_time")).isNull();
      assertThat(h.get("parameters")).isNull();
      assertThat(h.get("downloads")).isEqualTo(-1L);
      assertThat(h.get("likes")).isEqualTo(Long.MAX_VALUE);
      assertThat(h.get("source_file")).isEqualTo("a \"quoted\", file.jsonl");
      // the tag separator inside a tag becomes a space; an empty tag is kept
      assertThat(h.get("tags")).isEqualTo(Arrays.asList("t u", "", "a,b", "q\"q", "line\nbreak"));
      assertThat(h.get("created_at"))
          .isEqualTo(
              LocalDateTime.ofInstant(
                  Instant.parse("2024-02-29T23:59:59.123456Z"), ZoneOffset.UTC));
      assertThat(h.get("last_modified"))
          .isEqualTo(
              LocalDateTime.ofInstant(Instant.parse("1969-12-31T23:59:59.5Z"), ZoneOffset.UTC));
      assertThat(store.query("model_record", DAY, "o/long").get(0).get("license_name"))
          .isEqualTo(longText);
      assertThat(store.query("model_record", DAY, "o/long").get(0).get("tags"))
          .isEqualTo(List.of());
      assertThat(store.query("test_edges_of_snapshot", DAY)).hasSize(2);
    }
  }

  @Test
  void theStagingFolderGoesWithTheIngestAndALeftOneIsEmptied() throws Exception {
    Path db = dir.resolve("o.duckdb");
    Path folder = dir.resolve("o.duckdb.ingest");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("models-1.csv"), "left by a killed ingest");
    try (Store store = Store.open(db)) {
      ingest(store, record("o/m", "n", List.of()));
      assertThat(folder).doesNotExist();
      try (IngestTransaction tx = store.beginIngest();
          StagingFile file = tx.stage(DAY, "b.jsonl")) {
        StageRows rows = new StageRows();
        rows.model(1, record("o/rolled-back", "n", List.of()));
        file.write(rows);
        assertThat(folder).isDirectory();
      }
      assertThat(folder).doesNotExist();
      assertThat(store.query("model_record", DAY, "o/rolled-back")).isEmpty();
      assertThat(store.query("model_record", DAY, "o/m")).hasSize(1);
    }
  }
}
