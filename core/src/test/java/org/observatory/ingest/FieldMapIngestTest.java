package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.Store;

/**
 * {@code --map} is applied in one place, the normaliser, so every format reads the same columns: a
 * mapped column wins over one that bears the field's own name, and is read as no other field.
 * (Before, CSV and Parquet readers renamed columns and the normaliser mapped again: with both an
 * {@code id} and a mapped {@code repo_id} column, the column order of a CSV decided, and JSON took
 * {@code id}.)
 */
class FieldMapIngestTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 12);
  private static final FieldMap MAP = FieldMap.parse("id=repo_id,pipeline_tag=library_name");

  @TempDir Path dir;

  private Map<String, Object> ingestOne(InputFormat format, String name, String text)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(new IngestRequest(List.of(file), format, DATE, MAP, 0), IngestProgress.NONE);
      List<Map<String, Object>> rows = store.query("model_record", DATE, "org/mapped");
      assertThat(rows).as(format.cliName()).hasSize(1);
      assertThat(store.query("model_record", DATE, "org/own-id")).isEmpty();
      return rows.get(0);
    }
  }

  @Test
  void everyFormatReadsTheMappedColumnAndOnlyAsItsField() throws IOException {
    Map<String, Object> csv =
        ingestOne(
            InputFormat.CSV,
            "m.csv",
            "repo_id,id,library_name,downloads\norg/mapped,org/own-id,text-generation,7\n");
    Map<String, Object> csvOtherOrder =
        ingestOne(
            InputFormat.CSV,
            "n.csv",
            "id,repo_id,library_name,downloads\norg/own-id,org/mapped,text-generation,7\n");
    Map<String, Object> jsonl =
        ingestOne(
            InputFormat.HUB_JSONL,
            "m.jsonl",
            "{\"id\":\"org/own-id\",\"repo_id\":\"org/mapped\",\"library_name\":\"text-generation\","
                + "\"downloads\":7}\n");
    for (Map<String, Object> r : List.of(csv, csvOtherOrder, jsonl)) {
      assertThat(r.get("pipeline_tag")).isEqualTo("text-generation");
      assertThat(r.get("library_name")).isNull();
      assertThat(r.get("downloads")).isEqualTo(7L);
    }
  }
}
