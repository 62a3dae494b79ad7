package org.observatory.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Small Parquet files for the hostile-input cases, written by DuckDB's JDBC driver directly (the
 * test's own tool, not the code under test).
 */
final class ParquetFiles {
  private ParquetFiles() {}

  /** {@code rows} Hub-shaped rows ({@code id, author, downloads, tags}); returns the bytes. */
  static byte[] hub(Path file, int rows) {
    return write(
        file,
        "SELECT 'acme/m' || i AS id, 'acme' AS author, CAST(i * 10 AS BIGINT) AS downloads,"
            + " ['license:mit'] AS tags FROM range("
            + rows
            + ") t(i)");
  }

  /**
   * A file of one odd shape: {@code blob_ids} (the id column a BLOB), {@code no_id} (no id column),
   * {@code nested_tags} (tags a list of lists), {@code blob_column} (a BLOB beside a good id).
   */
  static byte[] of(Path file, String shape) {
    String select =
        switch (shape) {
          case "blob_ids" -> "SELECT CAST('acme/m' || i AS BLOB) AS id FROM range(3) t(i)";
          case "no_id" -> "SELECT 'acme' AS author, i AS downloads FROM range(3) t(i)";
          case "nested_tags" ->
              "SELECT 'acme/m' || i AS id, CAST(i AS BIGINT) AS downloads, [['a', 'b'], ['c']] AS"
                  + " tags FROM range(3) t(i)";
          case "blob_column" ->
              "SELECT 'acme/m' || i AS id, CAST(i AS BIGINT) AS downloads, CAST('x' AS BLOB) AS"
                  + " payload FROM range(3) t(i)";
          default -> throw new IllegalArgumentException(shape);
        };
    return write(file, select);
  }

  private static byte[] write(Path file, String select) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      st.execute(
          "COPY ("
              + select
              + ") TO '"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "' (FORMAT parquet)");
      return Files.readAllBytes(file);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
