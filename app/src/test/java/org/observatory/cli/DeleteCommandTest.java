package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.DatabaseDump;
import org.observatory.testing.SharedData;

/**
 * {@code observatory delete}: a poisoned or mistaken snapshot or reference file can be removed, in
 * one transaction, leaving everything else exactly as it was.
 */
class DeleteCommandTest {
  @TempDir Path tmp;
  private Path db;

  @BeforeEach
  void seed() {
    db = tmp.resolve("o.duckdb");
    Path trees = SharedData.raw("hf-model-trees-oderinwale");
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db.toString(),
            trees.resolve("bloom_finetunes_20250422_180448.csv").toString(),
            trees.resolve("gemma-7b_finetunes_20250426_000539.csv").toString(),
            SharedData.raw("llm-prices-simonw/deepseek.json").toString(),
            SharedData.raw("openrouter-weekly-top-models/2025-11-16.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void aSnapshotGoesWithEverythingOfItsOwnAndNothingElse() {
    Map<String, String> before = DatabaseDump.of(db);
    List<List<String>> keptModels =
        DatabaseDump.query(db, "SELECT count(*) FROM models WHERE snapshot_date = '2025-04-22'");

    CliRun run = CliRun.of("delete", "--db", db.toString(), "--snapshot", "2025-04-26", "--yes");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Deleted snapshot 2025-04-26", "gemma-7b_finetunes");
    for (String table : List.of("models", "edges", "snapshot_sources", "snapshots")) {
      assertThat(
              DatabaseDump.query(
                  db, "SELECT count(*) FROM " + table + " WHERE snapshot_date = '2025-04-26'"))
          .as(table)
          .containsExactly(List.of("0"));
    }
    assertThat(
            DatabaseDump.query(
                db, "SELECT count(*) FROM models WHERE snapshot_date = '2025-04-22'"))
        .isEqualTo(keptModels);
    Map<String, String> after = DatabaseDump.of(db);
    for (String table : List.of("usage_weekly", "usage_vendor_prices", "dataset_sources")) {
      assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
    }
    CliRun listing = CliRun.of("snapshots", "--db", db.toString());
    assertThat(listing.out()).contains("2025-04-22").doesNotContain("2025-04-26");
  }

  @Test
  void aDatasetFileGoesFromEveryTableAndTheSnapshotsStay() {
    Map<String, String> before = DatabaseDump.of(db);

    CliRun run =
        CliRun.of(
            "delete",
            "--db",
            db.toString(),
            "--dataset",
            SharedData.raw("llm-prices-simonw/deepseek.json").toString(),
            "--yes");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Deleted dataset file deepseek.json (llm-prices");
    assertThat(
            DatabaseDump.query(
                db, "SELECT count(*) FROM usage_vendor_prices WHERE source_file = 'deepseek.json'"))
        .containsExactly(List.of("0"));
    assertThat(
            DatabaseDump.query(
                db, "SELECT count(*) FROM dataset_sources WHERE file_name = 'deepseek.json'"))
        .containsExactly(List.of("0"));
    Map<String, String> after = DatabaseDump.of(db);
    for (String table : List.of("models", "edges", "snapshots", "usage_weekly")) {
      assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
    }
  }

  @Test
  void withoutYesAndWithoutATerminalNothingIsDeleted() {
    Map<String, String> before = DatabaseDump.of(db);

    CliRun run = CliRun.of("delete", "--db", db.toString(), "--snapshot", "2025-04-26");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--yes");
    assertThat(DatabaseDump.of(db)).isEqualTo(before);
  }

  @Test
  void oneOfSnapshotOrDatasetIsRequired() {
    assertThat(CliRun.of("delete", "--db", db.toString(), "--yes").exitCode()).isEqualTo(2);
    assertThat(
            CliRun.of(
                    "delete",
                    "--db",
                    db.toString(),
                    "--snapshot",
                    "2025-04-26",
                    "--dataset",
                    "deepseek.json",
                    "--yes")
                .exitCode())
        .isEqualTo(2);
  }
}
