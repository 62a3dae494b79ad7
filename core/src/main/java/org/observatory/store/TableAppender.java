package org.observatory.store;

import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.observatory.model.ObservatoryException;

/** A {@link RowAppender} over a DuckDB Appender. */
final class TableAppender implements RowAppender {
  /** One appender call, which JDBC lets fail with a checked exception. */
  @FunctionalInterface
  private interface Append {
    void to(DuckDBAppender appender) throws SQLException;
  }

  private final DuckDBAppender appender;
  private boolean inRow;

  TableAppender(DuckDBAppender appender) {
    this.appender = appender;
  }

  private RowAppender append(Append call) {
    try {
      if (!inRow) {
        appender.beginRow();
        inRow = true;
      }
      call.to(appender);
      return this;
    } catch (SQLException e) {
      throw new ObservatoryException("cannot append a row: " + e.getMessage(), e);
    }
  }

  @Override
  public RowAppender add(String value) {
    return append(
        a -> {
          if (value == null) {
            a.appendNull();
          } else {
            a.append(value);
          }
        });
  }

  @Override
  public RowAppender add(long value) {
    return append(a -> a.append(value));
  }

  @Override
  public RowAppender add(double value) {
    return append(a -> a.append(value));
  }

  @Override
  public RowAppender add(boolean value) {
    return append(a -> a.append(value));
  }

  @Override
  public RowAppender add(LocalDate value) {
    return append(
        a -> {
          if (value == null) {
            a.appendNull();
          } else {
            a.append(value);
          }
        });
  }

  @Override
  public RowAppender add(long[] values) {
    return append(a -> a.append(values));
  }

  @Override
  public RowAppender add(double[] values) {
    return append(a -> a.append(values));
  }

  @Override
  public RowAppender addNull() {
    return append(DuckDBAppender::appendNull);
  }

  @Override
  public void endRow() {
    append(DuckDBAppender::endRow);
    inRow = false;
  }
}
