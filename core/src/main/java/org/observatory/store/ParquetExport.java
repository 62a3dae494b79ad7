package org.observatory.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.observatory.model.Folders;
import org.observatory.model.ObservatoryException;

/**
 * The store's export and convert jobs, apart from its lifecycle ({@link Store}): a snapshot to
 * date-partitioned Parquet (the Spark engine's input), a table to one Parquet file, and Hub JSON
 * Lines to Parquet.
 */
public final class ParquetExport {
  /** The tables of a snapshot, one folder each, partitioned by {@code snapshot_date}. */
  public static final List<String> SNAPSHOT_TABLES =
      List.of("models", "edges", "snapshots", "snapshot_sources", "snapshot_issues");

  private final Store store;

  public ParquetExport(Store store) {
    this.store = store;
  }

  /**
   * Writes the snapshot of {@code date} under {@code dir}: {@code models/} and {@code edges/}
   * partitioned by {@code snapshot_date} (several files for a large snapshot; one file without
   * rows, with the table's columns, for a table without rows in the snapshot), and its row of
   * {@code snapshots/}, its {@code snapshot_sources/} and {@code snapshot_issues/} (one file each,
   * written even when empty). A partition written before for the same date is replaced.
   */
  public void exportSnapshot(LocalDate date, Path dir) {
    try {
      for (String table : SNAPSHOT_TABLES) {
        Path folder = dir.resolve(table);
        Folders.deleteTree(folder.resolve("snapshot_date=" + date));
        Files.createDirectories(folder); // there even when the snapshot has no edges
      }
      for (String table : List.of("models", "edges")) {
        try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(Store.SQL.get("export_" + table).replace("{dir}", quoted(dir)))) {
          ps.setObject(1, date);
          ps.execute();
        }
        Path partition = dir.resolve(table).resolve("snapshot_date=" + date);
        if (!Files.isDirectory(partition)) {
          // DuckDB's partitioned COPY writes no folder for no rows (a snapshot without edges)
          exportDated(table, date, partition.resolve("data_0.parquet"));
        }
      }
      for (String table : List.of("snapshots", "snapshot_sources", "snapshot_issues")) {
        exportDated(
            table,
            date,
            dir.resolve(table).resolve("snapshot_date=" + date).resolve("data.parquet"));
      }
    } catch (SQLException | IOException e) {
      throw new ObservatoryException(
          "cannot export snapshot " + date + " to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The rows of {@code table} of one snapshot to one file, written even when there are none. */
  private void exportDated(String table, LocalDate date, Path file)
      throws SQLException, IOException {
    Files.createDirectories(file.getParent());
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                Store.SQL
                    .get("export_dated")
                    .replace("{table}", table)
                    .replace("{file}", quoted(file)))) {
      ps.setObject(1, date);
      ps.execute();
    }
  }

  /**
   * Writes the table (or temporary table) {@code table} to {@code file}, one Parquet file, written
   * even when the table is empty.
   */
  public void exportTable(String table, Path file) {
    try (Statement st = store.connection().createStatement()) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      st.execute(
          Store.SQL.get("export_table").replace("{table}", table).replace("{file}", quoted(file)));
    } catch (SQLException | IOException e) {
      throw new ObservatoryException(
          "cannot export " + table + " to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Converts a Hub API JSON Lines file to Parquet with DuckDB (explicit column types, card data as
   * JSON text), a file {@code ingest --format hub-parquet} reads as it reads the JSON Lines.
   */
  public void writeHubParquet(Path jsonLines, Path parquet) {
    String sql =
        Store.SQL
            .get("hub_jsonl_to_parquet")
            .replace("{in}", quoted(jsonLines))
            .replace("{out}", quoted(parquet));
    try (Statement st = store.connection().createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot write " + parquet + " from " + jsonLines + ": " + e.getMessage(), e);
    }
  }

  /** A path as the text of a SQL string literal. */
  private static String quoted(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
