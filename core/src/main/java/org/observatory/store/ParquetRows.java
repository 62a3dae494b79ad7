package org.observatory.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.duckdb.DuckDBConnection;
import org.observatory.model.ObservatoryException;

/**
 * The rows of a Parquet file, streamed through DuckDB's {@code read_parquet}; each row a
 * column-name map.
 */
public final class ParquetRows implements Iterable<Map<String, Object>>, AutoCloseable {
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final String[] columns;
  private final Path file;

  ParquetRows(DuckDBConnection connection, Path file) throws SQLException {
    this.file = file;
    this.statement = connection.prepareStatement(Store.SQL.get("read_parquet"));
    statement.setString(1, file.toAbsolutePath().toString());
    try {
      this.rows = statement.executeQuery();
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
    ResultSetMetaData md = rows.getMetaData();
    columns = new String[md.getColumnCount()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = md.getColumnLabel(i + 1);
    }
  }

  /** The file's column names, in order. */
  public String[] columns() {
    return columns.clone();
  }

  @Override
  public Iterator<Map<String, Object>> iterator() {
    return new Iterator<>() {
      private Boolean ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = rows.next();
          } catch (SQLException e) {
            throw new ObservatoryException(
                "cannot read Parquet " + file + ": " + e.getMessage(), e);
          }
        }
        return ahead;
      }

      @Override
      public Map<String, Object> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ahead = null;
        Map<String, Object> row = new LinkedHashMap<>();
        try {
          for (int i = 0; i < columns.length; i++) {
            Object v = rows.getObject(i + 1);
            if (v instanceof java.sql.Array a) {
              v = java.util.Arrays.asList((Object[]) a.getArray());
            } else if (v instanceof java.sql.Timestamp t) {
              v = t.toInstant().toString();
            } else if (v != null && v.getClass().getName().startsWith("java.time")) {
              v = v.toString();
            }
            row.put(columns[i], v);
          }
        } catch (SQLException e) {
          throw new ObservatoryException("cannot read Parquet " + file + ": " + e.getMessage(), e);
        }
        return row;
      }
    };
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      throw new ObservatoryException("cannot close Parquet " + file + ": " + e.getMessage(), e);
    }
  }
}
