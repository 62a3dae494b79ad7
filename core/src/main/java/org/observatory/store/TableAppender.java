package org.observatory.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.observatory.model.ObservatoryException;

/** A {@link RowAppender} over a DuckDB Appender. */
final class TableAppender implements RowAppender {
  private final DuckDBAppender appender;
  private boolean inRow;

  TableAppender(DuckDBAppender appender) {
    this.appender = appender;
  }

  private DuckDBAppender row() throws SQLException {
    if (!inRow) {
      appender.beginRow();
      inRow = true;
    }
    return appender;
  }

  @Override
  public RowAppender add(String value) {
    try {
      if (value == null) {
        row().appendNull();
      } else {
        row().append(value);
      }
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public RowAppender add(long value) {
    try {
      row().append(value);
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public RowAppender add(double value) {
    try {
      row().append(value);
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public RowAppender add(boolean value) {
    try {
      row().append(value);
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public RowAppender add(java.time.LocalDate value) {
    try {
      if (value == null) {
        row().appendNull();
      } else {
        row().append(value);
      }
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public RowAppender addNull() {
    try {
      row().appendNull();
      return this;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void endRow() {
    try {
      row().endRow();
      inRow = false;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static ObservatoryException failed(SQLException e) {
    return new ObservatoryException("cannot append a row: " + e.getMessage(), e);
  }
}
