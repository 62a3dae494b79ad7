package org.observatory.store;

/**
 * Appends rows to a table being loaded; values in the table's column order, then {@link #endRow()}.
 */
public interface RowAppender {
  RowAppender add(String value);

  RowAppender add(long value);

  RowAppender add(double value);

  RowAppender add(boolean value);

  /** A DATE value; null appends SQL NULL. */
  RowAppender add(java.time.LocalDate value);

  RowAppender addNull();

  /** A LIST value of BIGINT (a whole column's worth at once appends much faster than rows). */
  RowAppender add(long[] values);

  /** A LIST value of DOUBLE. */
  RowAppender add(double[] values);

  void endRow();
}
