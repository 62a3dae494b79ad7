package org.observatory.store;

/**
 * Appends rows to a table being loaded; values in the table's column order, then {@link #endRow()}.
 */
public interface RowAppender {
  RowAppender add(String value);

  RowAppender add(long value);

  RowAppender add(double value);

  RowAppender add(boolean value);

  /** A date, or null. */
  RowAppender add(java.time.LocalDate value);

  RowAppender addNull();

  void endRow();
}
