package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;

/** {@code observatory ingest} and {@code snapshots} as a user runs them, with their exit codes. */
class IngestCommandTest {
  @TempDir Path tmp;
  private String db;

  @BeforeEach
  void seed() {
    db = tmp.resolve("o.duckdb").toString();
  }

  private String listing() {
    CliRun run = CliRun.of("snapshots", "--db", db);
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  @Test
  void ingestsTheWholeTreeFolderIntoSnapshotsDatedByFileName() {
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--format",
            "auto",
            SharedData.raw("hf-model-trees-oderinwale").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Ingested 10 file(s): 1,417 records read, 1,417 stored, 0 skipped");
    assertThat(run.out()).contains("metadata cell is not JSON");
    String listing = listing();
    assertThat(listing).contains("2025-04-07", "2025-04-11", "2025-04-22", "2025-04-26");
    assertThat(listing).contains("bloom_finetunes_20250422_180448.csv");
  }

  @Test
  void badInputExitsThreeNamingFileAndLineAndStoresNothing() throws IOException {
    assertThat(
            CliRun.of(
                    "ingest",
                    "--db",
                    db,
                    SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                        .toString())
                .exitCode())
        .isZero();
    String before = listing();

    String jsonl = "{\"id\":\"acme/a\",\"downloads\":1}\n{\"id\":\"acme/b\",\"downl";
    Path truncated = Files.writeString(tmp.resolve("hub_20250422.jsonl"), jsonl);
    CliRun run = CliRun.of("ingest", "--db", db, truncated.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("hub_20250422.jsonl, line 2").contains("invalid JSON");

    Path binary =
        Files.write(tmp.resolve("dump_20250422.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
    run = CliRun.of("ingest", "--db", db, binary.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("dump_20250422.bin, line 1").contains("binary");

    run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--snapshot",
            "2025-10-12",
            "--format",
            "csv",
            "--map",
            "id=repo,author=owner",
            SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("hf_models_by_author.csv, line 1").contains("no column 'repo'");

    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            SharedData.raw("hf-model-info-liang2023/model_info.parquet").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--snapshot");
    assertThat(CliRun.of("ingest", "--db", db, "--format", "xml", "x.csv").exitCode()).isEqualTo(2);
    assertThat(
            CliRun.of(
                    "ingest",
                    "--db",
                    db,
                    "--map",
                    "colour=x",
                    "--snapshot",
                    "2025-01-01",
                    SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv").toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void theMajorOrgsCsvIngestsWithAMap() {
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--snapshot",
            "2025-10-12",
            "--format",
            "csv",
            "--map",
            "id=repo_id,author=owner",
            SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(listing()).contains("2025-10-12").contains("2,028");
  }

  /**
   * Issue 11: {@code ingest --format auto} of a CSV silently ignored columns that look like known
   * fields under other names. It now warns on stderr, naming them and the {@code --map} that reads
   * them, and ingests as before. Fixture: a CSV with the column names (repo_id and owner
   * are read as id and author, so not named), and the first 100 records of the real Liang {@code
   * model_info.csv} (task_category, task_domain).
   */
  @Test
  void columnsThatLookLikeFieldsUnderOtherNamesAreNamedWithTheMapThatReadsThem()
      throws IOException {
    Path odd =
        Files.writeString(
            tmp.resolve("odd_2025-01-01.csv"),
            "repo_id,owner,date_released,date_last_modified,model_type,downloads\n"
                + "acme/m1,acme,2024-01-02,2024-02-03,text-generation,5\n");
    CliRun run = CliRun.of("ingest", "--db", db, odd.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "warning: odd_2025-01-01.csv: columns not read: date_released (looks like created_at),"
                + " date_last_modified (looks like last_modified), model_type (looks like"
                + " pipeline_tag); to read them: --map"
                + " created_at=date_released,last_modified=date_last_modified,pipeline_tag=model_type")
        .doesNotContain("repo_id (")
        .doesNotContain("owner (");

    CliRun mapped =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--map",
            "created_at=date_released,last_modified=date_last_modified,pipeline_tag=model_type",
            odd.toString());
    assertThat(mapped.exitCode()).as(mapped.err()).isZero();
    assertThat(mapped.err()).doesNotContain("warning");

    Path slice = tmp.resolve("model_info_2022-10-01.csv");
    try (var lines = Files.lines(SharedData.raw("hf-model-info-liang2023/model_info.csv"))) {
      Files.write(slice, lines.limit(101).toList());
    }
    CliRun liang = CliRun.of("ingest", "--db", db, slice.toString());
    assertThat(liang.exitCode()).as(liang.err()).isZero();
    assertThat(liang.err())
        .contains("task_category (looks like pipeline_tag)")
        .contains("--map pipeline_tag=task_category")
        .doesNotContain("has_modelcard");
  }
}
