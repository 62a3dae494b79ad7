package org.observatory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.observatory.model.ObservatoryException;

/** A {@link Row} view of the current row of a JDBC result set. */
final class ResultSetRow implements Row {
  private final ResultSet rs;

  ResultSetRow(ResultSet rs) {
    this.rs = rs;
  }

  @Override
  public String getString(int column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public long getLong(int column) {
    try {
      return rs.getLong(column);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public double getDouble(int column) {
    try {
      return rs.getDouble(column);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public boolean getBoolean(int column) {
    try {
      return rs.getBoolean(column);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public boolean isNull(int column) {
    try {
      return rs.getObject(column) == null;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static ObservatoryException failed(SQLException e) {
    return new ObservatoryException("cannot read a query row: " + e.getMessage(), e);
  }
}
