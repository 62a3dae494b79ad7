package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/** {@code observatory generate hub} as a user runs it: JSON Lines, Parquet, a series, bad args. */
class GenerateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void writesJsonLinesByteIdenticalForASeedWithASummaryLine() throws IOException {
    Path a = tmp.resolve("a.jsonl");
    Path b = tmp.resolve("b.jsonl");
    CliRun run = CliRun.of("generate", "hub", "--models", "2000", "--seed", "3", "--out", a + "");
    CliRun again = CliRun.of("generate", "hub", "--models", "2000", "--seed", "3", "--out", b + "");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(run.out()).startsWith("2025-10-01  2,000 records  ").contains("derivatives", "" + a);
    assertThat(Files.readAllLines(a)).hasSize(2000);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
  }

  @Test
  void parquetIngestsToTheSameSnapshotAsTheJsonLinesOfTheSameSeed() throws IOException {
    Path jsonl = tmp.resolve("hub.jsonl");
    Path parquet = tmp.resolve("hub.parquet");
    assertThat(CliRun.of("generate", "hub", "--models", "3000", "--out", "" + jsonl).exitCode())
        .isZero();
    CliRun run = CliRun.of("generate", "hub", "--models", "3000", "--out", "" + parquet);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("3,000 records", "" + parquet);
    assertThat(Files.readAllBytes(parquet)).startsWith("PAR1".getBytes());
    assertThat(tmp.resolve("hub.parquet.tmp.jsonl")).doesNotExist();

    String fromJsonl = ingest("j.duckdb", jsonl, "hub-jsonl");
    String fromParquet = ingest("p.duckdb", parquet, "hub-parquet");
    SnapshotInfo j = snapshot(fromJsonl);
    SnapshotInfo p = snapshot(fromParquet);
    assertThat(j.models()).isEqualTo(3000);
    assertThat(p.models()).isEqualTo(j.models());
    assertThat(p.edges()).isEqualTo(j.edges()).isPositive();
    assertThat(p.nodes()).isEqualTo(j.nodes());
    JsonNode reportJ = report(fromJsonl);
    JsonNode reportP = report(fromParquet);
    for (String indicator :
        List.of(
            "downloads_by_origin",
            "derivatives_by_foundation_origin",
            "families",
            "license_classes",
            "concentration")) {
      assertThat(reportP.get(indicator)).as(indicator).isEqualTo(reportJ.get(indicator));
    }
    for (String part : List.of("summary", "lineage_issues")) {
      assertThat(reportP.get("data_quality").get(part))
          .isEqualTo(reportJ.get("data_quality").get(part));
    }
  }

  @Test
  void aSeriesWritesDatedFilesThatIngestAsGrowingSnapshots() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("series"));
    Path out = folder.resolve("series.parquet");
    CliRun run =
        CliRun.of(
            "generate",
            "hub",
            "--models",
            "4000",
            "--seed",
            "9",
            "--out",
            "" + out,
            "--snapshots",
            "3",
            "--from",
            "2025-01-01",
            "--every",
            "30");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(folder.resolve("series-2025-01-01.parquet")).exists();
    assertThat(folder.resolve("series-2025-03-02.parquet")).exists();

    String db = tmp.resolve("s.duckdb").toString();
    CliRun ingest = CliRun.of("ingest", "--db", db, folder.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    try (Store store = Store.open(Path.of(db))) {
      List<SnapshotInfo> snapshots = store.snapshots();
      assertThat(snapshots).hasSize(3);
      List<Long> models = snapshots.stream().map(SnapshotInfo::models).sorted().toList();
      assertThat(models.get(2)).isEqualTo(4000);
      assertThat(models.get(0)).isLessThan(models.get(1));
      assertThat(models.get(1)).isLessThan(models.get(2));
    }
  }

  @Test
  void badArgumentsExitTwo() {
    String out = tmp.resolve("x.jsonl").toString();
    assertThat(CliRun.of("generate", "hub", "--models", "0", "--out", out).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("generate", "hub", "--models", "5", "--out", out, "--format", "xml"))
        .extracting(CliRun::exitCode)
        .isEqualTo(2);
    assertThat(CliRun.of("generate", "hub", "--models", "5").exitCode()).isEqualTo(2);
    assertThat(
            CliRun.of(
                    "generate",
                    "hub",
                    "--models",
                    "5",
                    "--out",
                    out,
                    "--snapshots",
                    "2",
                    "--every",
                    "0")
                .exitCode())
        .isEqualTo(2);
    assertThat(Path.of(out)).doesNotExist();
  }

  private String ingest(String name, Path file, String format) {
    String db = tmp.resolve(name).toString();
    CliRun run =
        CliRun.of(
            "ingest", "--db", db, "--snapshot", "2025-10-01", "--format", format, file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return db;
  }

  private static SnapshotInfo snapshot(String db) {
    try (Store store = Store.open(Path.of(db))) {
      return store.snapshots().get(0);
    }
  }

  private static JsonNode report(String db) throws IOException {
    CliRun run = CliRun.of("report", "--db", db, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }
}
