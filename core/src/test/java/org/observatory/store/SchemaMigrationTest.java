package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.model.HubId;
import org.observatory.model.ModelRecord;

/**
 * A database file written before issue 10 (no {@code models.parameters}, no Epoch training compute)
 * gains the columns when opened for writing, keeps its records, and stores new ones.
 */
class SchemaMigrationTest {
  @TempDir Path tmp;

  @Test
  void anOlderDatabaseGainsTheNewColumnsAndKeepsItsRecords() throws Exception {
    Path db = tmp.resolve("old.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE models (snapshot_date DATE NOT NULL, id VARCHAR NOT NULL, author VARCHAR,"
              + " created_at TIMESTAMP, last_modified TIMESTAMP, downloads BIGINT,"
              + " downloads_all_time BIGINT, likes BIGINT, license VARCHAR, license_name VARCHAR,"
              + " license_link VARCHAR, pipeline_tag VARCHAR, library_name VARCHAR, tags VARCHAR[],"
              + " source_file VARCHAR NOT NULL)");
      st.execute(
          "INSERT INTO models (snapshot_date, id, source_file) VALUES ('2025-01-01', 'o/m', 'f')");
      st.execute(
          "CREATE TABLE epoch_models (model VARCHAR NOT NULL, organization VARCHAR,"
              + " publication_date DATE, countries VARCHAR, origin VARCHAR, accessibility VARCHAR,"
              + " open_weights BOOLEAN NOT NULL, source_file VARCHAR NOT NULL)");
      st.execute(
          "INSERT INTO epoch_models VALUES ('M', 'Org', '2024-01-01', 'China', 'CN', NULL, true, 'e.csv')");
    }
    LocalDate date = LocalDate.of(2025, 4, 22);
    try (Store store = Store.open(db)) {
      try (IngestTransaction tx = store.beginIngest();
          StagingFile file = tx.stage(date, "new.jsonl")) {
        StageRows rows = new StageRows();
        rows.model(
            0,
            new ModelRecord(
                HubId.parse("deepseek-ai/DeepSeek-V3").orElseThrow(),
                "deepseek-ai",
                null,
                null,
                5L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                684_531_386_000L,
                List.of(),
                List.of()));
        file.write(rows);
        file.load();
        tx.commit();
      }
      assertThat(store.query("model_record", date, "deepseek-ai/DeepSeek-V3").get(0))
          .containsEntry("parameters", 684_531_386_000L);
      Map<String, Object> old = store.query("model_record", LocalDate.of(2025, 1, 1), "o/m").get(0);
      assertThat(old).containsEntry("parameters", null).containsEntry("source_file", "f");
    }
  }
}
