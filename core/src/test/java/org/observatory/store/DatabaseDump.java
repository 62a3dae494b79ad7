package org.observatory.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a DuckDB file, each as its row count and two order-independent digests of its rows
 * (the sum and the xor of DuckDB's 64-bit hash of each whole row), read with DuckDB's JDBC driver
 * directly (not through the store under test): two dumps differ when any table gained, lost or
 * changed a row (but for a hash collision).
 */
public final class DatabaseDump {
  private DatabaseDump() {}

  /** Table name to {@code rows:sum:xor} for every table of the file, opened read-only. */
  public static Map<String, String> of(Path file) {
    return of(file, Set.of());
  }

  /**
   * As {@link #of(Path)}, leaving out the columns named in {@code ignored} (such as {@code
   * ingested_at}, which differs between two ingests of the same files).
   */
  public static Map<String, String> of(Path file, Set<String> ignored) {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p)) {
      return of(c, ignored);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot dump " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> of(Connection c, Set<String> ignored) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, String> dump = new TreeMap<>();
    for (String t : tables) {
      String q = quote(t);
      List<String> columns = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main'"
                      + " AND table_name = '"
                      + t.replace("'", "''")
                      + "' ORDER BY ordinal_position")) {
        while (rs.next()) {
          if (!ignored.contains(rs.getString(1))) {
            columns.add("r." + quote(rs.getString(1)));
          }
        }
      }
      String row = "hash(" + String.join(", ", columns) + ")";
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*), coalesce(sum(CAST("
                      + row
                      + " AS HUGEINT)), 0), coalesce(bit_xor("
                      + row
                      + "), 0) FROM "
                      + q
                      + " r")) {
        rs.next();
        dump.put(t, rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
      }
    }
    return dump;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** The rows of one query on the file, each as its columns' text (small results only). */
  public static List<List<String>> query(Path file, String sql) {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<List<String>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot query " + file + ": " + e.getMessage(), e);
    }
  }
}
