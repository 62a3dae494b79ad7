package org.observatory.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --engine spark --parquet DIR} on a folder that is not what {@code export} writes
 * today: an export written before the settings tables existed (trend_settings, compute_thresholds
 * and origin_groups are exported since 2026-12-07; built here by exporting the real model-tree
 * slice of core's ingest fixtures, then deleting a table's file) or no export at all. Each fails
 * with exit code 3 and one line naming the folder, what it lacks and the export to re-run, before
 * any Spark session starts (which Spark's "table or view not found" came only after).
 */
class OldExportTest {
  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void ingestTheTreeSlice() throws IOException {
    Path slice = dir.resolve("trees-slice.snake.jsonl");
    try (InputStream in =
        OldExportTest.class.getResourceAsStream("/ingest/" + slice.getFileName())) {
      Files.copy(in, slice);
    }
    db = dir.resolve("observatory.duckdb");
    Cli ingest =
        Cli.run("ingest", "--db", db.toString(), "--snapshot", "2025-04-26", slice.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
  }

  private static Path export(String name) {
    Path out = dir.resolve(name);
    Cli export = Cli.run("export", "--db", db.toString(), "--all", "--out", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    return out;
  }

  private static Cli sparkReport(String folder) {
    return Cli.run("report", "--engine", "spark", "--parquet", folder, "--format", "json");
  }

  @Test
  void anExportWithoutTheTrendSettingsSaysSoAndToReRunTheExport() throws IOException {
    Path export = export("old-export");
    Files.delete(export.resolve("tables/trend_settings.parquet"));

    Cli report = sparkReport(export.toString());

    assertThat(report.code()).isEqualTo(3);
    assertThat(report.out()).isEmpty();
    assertThat(report.err().lines())
        .containsExactly(
            "error: "
                + export
                + "/tables: no trend_settings.parquet: the export is older than this table; re-run"
                + " `observatory export --db DB --all --out "
                + export
                + "`");
    assertThat(SparkSession.getDefaultSession().isEmpty()).as("no Spark session started").isTrue();
  }

  @Test
  void anExportWithoutTheThreeSettingsTablesNamesThemAllAlsoGivenAsAFileUri() throws IOException {
    Path export = export("older-export");
    for (String table : new String[] {"trend_settings", "compute_thresholds", "origin_groups"}) {
      Files.delete(export.resolve("tables/" + table + ".parquet"));
    }

    Cli report = sparkReport(export.toUri().toString());

    assertThat(report.code()).isEqualTo(3);
    assertThat(report.err().lines())
        .singleElement()
        .asString()
        .contains(
            "/tables: no trend_settings.parquet, compute_thresholds.parquet,"
                + " origin_groups.parquet: the export is older than these tables; re-run"
                + " `observatory export");
  }

  @Test
  void aFolderThatIsNoExportSaysWhatAnExportHolds() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("not-an-export"));

    Cli report = sparkReport(empty.toString());

    assertThat(report.code()).isEqualTo(3);
    assertThat(report.err().lines())
        .containsExactly(
            "error: "
                + empty
                + ": not a folder `observatory export` wrote: no models/, edges/, snapshots/,"
                + " snapshot_sources/, snapshot_issues/, tables/; write one with `observatory export"
                + " --db DB --all --out "
                + empty
                + "`");
    assertThat(SparkSession.getDefaultSession().isEmpty()).isTrue();
  }
}
