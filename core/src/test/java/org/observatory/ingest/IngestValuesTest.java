package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.Store;

/**
 * Records are parsed in batches on worker threads and staged through the Appender: every value must
 * come back in its own record, across batch boundaries, with its nulls.
 */
class IngestValuesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  @TempDir Path tmp;

  @Test
  void valuesAndNullsComeBackInTheirOwnRecordsAcrossBatches() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    int n = 9_001; // more than four parse batches of 2,048
    for (int i = 0; i < n; i++) {
      jsonl.append("{\"id\":\"org").append(i % 7).append("/m").append(i).append('"');
      if (i % 3 != 0) {
        jsonl.append(",\"downloads\":").append(i * 10L);
      }
      if (i % 5 == 0) {
        jsonl.append(",\"lastModified\":\"2025-0").append(1 + i % 9).append("-02T03:04:05Z\"");
      }
      if (i % 4 == 1) {
        jsonl.append(",\"cardData\":{\"license\":\"other\",\"license_name\":\"name ").append(i);
        jsonl.append("\"}");
      }
      jsonl.append("}\n");
    }
    Path file = Files.writeString(tmp.resolve("hub.jsonl"), jsonl);
    try (Store store = Store.open(tmp.resolve("o.duckdb"))) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, DATE, file), IngestProgress.NONE);
      assertThat(store.snapshots().get(0).models()).isEqualTo(n);
      for (int i : new int[] {0, 1, 2_047, 2_048, 4_097, 8_192, 9_000}) {
        Map<String, Object> r =
            store.query("model_record", DATE, "org" + (i % 7) + "/m" + i).get(0);
        assertThat(r.get("author")).as("author of %d", i).isEqualTo("org" + (i % 7));
        assertThat(r.get("downloads"))
            .as("downloads of %d", i)
            .isEqualTo(i % 3 != 0 ? i * 10L : null);
        assertThat(r.get("last_modified"))
            .as("last_modified of %d", i)
            .isEqualTo(i % 5 == 0 ? LocalDateTime.of(2025, 1 + i % 9, 2, 3, 4, 5) : null);
        assertThat(r.get("license")).as("license of %d", i).isEqualTo(i % 4 == 1 ? "other" : null);
        assertThat(r.get("license_name"))
            .as("license_name of %d", i)
            .isEqualTo(i % 4 == 1 ? "name " + i : null);
        assertThat(r.get("tags")).isEqualTo(List.of());
        assertThat(r.get("source_file")).isEqualTo("hub.jsonl");
      }
    }
  }
}
