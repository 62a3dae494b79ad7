package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * {@code observatory export}: a snapshot as the date-partitioned Parquet the Spark engine reads.
 */
class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void writesModelsAndEdgesPartitionedByDateThatIngestBackToTheSameModels() throws IOException {
    Path db = tmp.resolve("o.duckdb");
    Path tree =
        SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv");
    CliRun ingest = CliRun.of("ingest", "--db", "" + db, "--snapshot", "2025-04-22", "" + tree);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    Path out = tmp.resolve("hub");

    CliRun run = CliRun.of("export", "--db", "" + db, "--out", "" + out);
    CliRun again = CliRun.of("export", "--db", "" + db, "--out", "" + out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(again.exitCode()).as(again.err()).isZero();
    Path models = out.resolve("models/snapshot_date=2025-04-22");
    Path edges = out.resolve("edges/snapshot_date=2025-04-22");
    assertThat(parquetFiles(models)).isEqualTo(1);
    assertThat(parquetFiles(edges)).isEqualTo(1);
    SnapshotInfo stored;
    try (Store store = Store.openReadOnly(db)) {
      stored = store.snapshots().get(0);
    }
    assertThat(run.out()).contains("models", "edges", String.format("%,d rows", stored.models()));

    Path back = tmp.resolve("back.duckdb");
    CliRun reingest =
        CliRun.of(
            "ingest",
            "--db",
            "" + back,
            "--format",
            "hub-parquet",
            "--snapshot",
            "2025-04-22",
            "" + models);
    assertThat(reingest.exitCode()).as(reingest.err()).isZero();
    try (Store store = Store.openReadOnly(back)) {
      assertThat(store.snapshots().get(0).models()).isEqualTo(stored.models());
    }
  }

  /**
   * Issue 11: a snapshot without edges (the 2022 Liang sample has no lineage) made {@code export}
   * fail with exit 1 (NoSuchFileException), since DuckDB writes no partition for zero rows. It now
   * writes an empty edges partition with the edges' columns, which the Spark engine reads as a
   * snapshot without edges. Fixture: the first 100 records of the real {@code model_info.csv}.
   */
  @Test
  void aSnapshotWithoutEdgesWritesAnEmptyEdgesPartition() throws Exception {
    Path slice = tmp.resolve("model_info_slice.csv");
    try (Stream<String> lines =
        Files.lines(SharedData.raw("hf-model-info-liang2023/model_info.csv"))) {
      Files.write(slice, lines.limit(101).toList());
    }
    Path db = tmp.resolve("o.duckdb");
    CliRun ingest = CliRun.of("ingest", "--db", "" + db, "--snapshot", "2022-10-01", "" + slice);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    Path out = tmp.resolve("hub");

    CliRun run = CliRun.of("export", "--db", "" + db, "--out", "" + out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("edges", "0 rows");
    Path edges = out.resolve("edges/snapshot_date=2022-10-01");
    assertThat(parquetFiles(edges)).isEqualTo(1);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) AS n FROM read_parquet('"
                    + out.resolve("edges")
                    + "/*/*.parquet', hive_partitioning = true)")) {
      rs.next();
      assertThat(rs.getLong("n")).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet('"
                    + edges
                    + "/*.parquet', hive_partitioning = false)")) {
      List<String> columns = new ArrayList<>();
      while (rs.next()) {
        columns.add(rs.getString("column_name"));
      }
      assertThat(columns).contains("child", "parent", "relation").doesNotContain("snapshot_date");
    }
  }

  @Test
  void anAbsentSnapshotIsAUsageError() {
    Path db = tmp.resolve("o.duckdb");
    Path tree =
        SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv");
    assertThat(
            CliRun.of("ingest", "--db", "" + db, "--snapshot", "2025-04-22", "" + tree).exitCode())
        .isZero();

    CliRun run =
        CliRun.of("export", "--db", "" + db, "--snapshot", "2024-01-01", "--out", "" + tmp);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no snapshot 2024-01-01", "2025-04-22");
  }

  private static long parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).count();
    }
  }
}
