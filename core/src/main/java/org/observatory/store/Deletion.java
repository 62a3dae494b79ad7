package org.observatory.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.observatory.model.ObservatoryException;

/**
 * The store's delete job, apart from its lifecycle ({@link Store}): the statements of a delete
 * script ({@code delete_snapshot}, {@code delete_dataset}) with one parameter each, in one
 * transaction.
 */
public final class Deletion {
  private final Store store;

  public Deletion(Store store) {
    this.store = store;
  }

  /**
   * Runs the script: every statement's rows go, or none do. Returns the rows deleted per table, in
   * the script's order.
   */
  public Map<String, Long> run(String script, Object param) {
    DuckDBConnection connection = store.connection();
    Map<String, Long> deleted = new LinkedHashMap<>();
    try {
      connection.setAutoCommit(false);
      try {
        for (String sql : Store.SQL.statements(script)) {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, param);
            String table = sql.replaceFirst("(?s)^DELETE FROM (\\w+).*", "$1");
            deleted.merge(table, (long) ps.executeUpdate(), Long::sum);
          }
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot delete from " + store.location() + " (nothing was deleted): " + e.getMessage(),
          e);
    }
    return deleted;
  }
}
