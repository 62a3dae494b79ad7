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
  private final String[] types;
  private final Path file;
  private final LiteralFile literal;

  /**
   * Streams the rows of a Parquet file with DuckDB's own reader on the store's connection; close
   * the rows after use.
   */
  public static ParquetRows read(Store store, Path file) {
    try {
      return new ParquetRows(store.connection(), file);
    } catch (SQLException e) {
      throw new ObservatoryException("cannot read Parquet " + file + ": " + e.getMessage(), e);
    }
  }

  private ParquetRows(DuckDBConnection connection, Path file) throws SQLException {
    this.file = file;
    this.literal = LiteralFile.of(file);
    try {
      this.statement = connection.prepareStatement(Store.SQL.get("read_parquet"));
    } catch (SQLException e) {
      literal.close();
      throw e;
    }
    statement.setString(1, literal.sql());
    try {
      this.rows = statement.executeQuery();
    } catch (SQLException e) {
      statement.close();
      literal.close();
      throw e;
    }
    ResultSetMetaData md = rows.getMetaData();
    columns = new String[md.getColumnCount()];
    types = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = md.getColumnLabel(i + 1);
      types[i] = md.getColumnTypeName(i + 1);
    }
  }

  /**
   * A value of a type the ingest does not read (BLOB, a list of lists, a struct, ...), in place of
   * the value: the reader drops it from the record and counts it, or fails when it was the id.
   */
  public record Unsupported(String type) {}

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
            row.put(columns[i], plain(rows.getObject(i + 1), types[i]));
          }
        } catch (SQLException e) {
          throw new ObservatoryException("cannot read Parquet " + file + ": " + e.getMessage(), e);
        }
        return row;
      }
    };
  }

  /**
   * A value as the ingest reads it: text, a number, true or false, a list of such values, or {@link
   * Unsupported} for anything else.
   */
  private static Object plain(Object v, String type) throws SQLException {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof Double
        || v instanceof Float
        || v instanceof java.math.BigInteger
        || v instanceof java.math.BigDecimal) {
      return v;
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.util.UUID || v.getClass().getName().startsWith("java.time")) {
      return v.toString();
    }
    if (v instanceof java.sql.Array a) {
      Object[] items = (Object[]) a.getArray();
      java.util.List<Object> out = new java.util.ArrayList<>(items.length);
      for (Object item : items) {
        Object p = item == null || isScalar(item) ? plain(item, type) : null;
        if (item != null && (p == null || p instanceof Unsupported)) {
          return new Unsupported(type);
        }
        out.add(p);
      }
      return out;
    }
    return new Unsupported(type);
  }

  private static boolean isScalar(Object v) {
    return !(v instanceof java.sql.Array) && !(v instanceof java.sql.Struct);
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      throw new ObservatoryException("cannot close Parquet " + file + ": " + e.getMessage(), e);
    } finally {
      literal.close();
    }
  }
}
