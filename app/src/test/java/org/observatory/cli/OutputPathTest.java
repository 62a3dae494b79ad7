package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.DatabaseDump;
import org.observatory.testing.SharedData;

/**
 * Outputs never destroy a database ({@code --force} says otherwise), a report goes into a folder
 * that does not exist yet, and the demo writes only into a fresh database.
 */
class OutputPathTest {
  @TempDir Path tmp;
  private Path db;

  @BeforeEach
  void seed() {
    db = tmp.resolve("o.duckdb");
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db.toString(),
            SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                .toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void reportOutIntoAMissingFolderCreatesIt() throws Exception {
    Path out = tmp.resolve("reports/2025/april/report.json");

    CliRun run =
        CliRun.of("report", "--db", db.toString(), "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{").contains("\"downloads_by_origin\"");
  }

  @Test
  void reportOutOverTheDatabaseIsRefusedUnlessForced() throws Exception {
    Map<String, String> before = DatabaseDump.of(db);
    Path copy = Files.copy(db, tmp.resolve("copy.duckdb"));

    CliRun refused = CliRun.of("report", "--db", db.toString(), "--out", db.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(DatabaseDump.of(db)).isEqualTo(before);

    CliRun forced = CliRun.of("report", "--db", db.toString(), "--out", copy.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(copy)).contains("Downloads by origin");
  }

  @Test
  void generateOutOverADatabaseIsRefused() {
    Map<String, String> before = DatabaseDump.of(db);

    CliRun run = CliRun.of("generate", "hub", "--models", "5", "--out", db.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--force");
    assertThat(DatabaseDump.of(db)).isEqualTo(before);
  }

  @Test
  void demoRefusesAFolderThatHoldsADatabase() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("mine"));
    Files.copy(db, folder.resolve("observatory.duckdb"));
    Map<String, String> before = DatabaseDump.of(folder.resolve("observatory.duckdb"));

    CliRun run = CliRun.of("demo", "--out", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("fresh database");
    assertThat(DatabaseDump.of(folder.resolve("observatory.duckdb"))).isEqualTo(before);
    assertThat(folder.resolve("report.html")).doesNotExist();
  }
}
