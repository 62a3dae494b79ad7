package org.observatory.store;

import java.sql.SQLException;
import java.util.Arrays;
import org.duckdb.DuckDBAppender;

/**
 * Rows staged column by column and handed to a DuckDB Appender a batch at a time: one appended row
 * per batch, whose cells hold the batch's values — a BIGINT list for a number column (with its
 * nulls), one string joined by U+001E for a text column (null as the empty string) — that SQL
 * unnests again ({@code stage_unnest.sql}). That is a few Appender calls per batch instead of one
 * per value, which were most of an ingest's staging time. Texts holding U+001E have it replaced by
 * a space.
 */
final class ColumnBatch {
  static final char SEPARATOR = '\u001e';
  static final int ROWS = 4_096;

  private final DuckDBAppender appender;
  private final boolean[] text;
  private final long[][] numbers;
  private final boolean[][] nulls;
  private final StringBuilder[] texts;
  private int size;

  /**
   * @param columns the appended table's columns in order: {@code 'N'} a BIGINT[] column, {@code
   *     'T'} a VARCHAR column
   */
  ColumnBatch(DuckDBAppender appender, String columns) {
    this.appender = appender;
    int n = columns.length();
    text = new boolean[n];
    numbers = new long[n][];
    nulls = new boolean[n][];
    texts = new StringBuilder[n];
    for (int c = 0; c < n; c++) {
      text[c] = columns.charAt(c) == 'T';
      if (text[c]) {
        texts[c] = new StringBuilder(ROWS * 16);
      } else {
        numbers[c] = new long[ROWS];
        nulls[c] = new boolean[ROWS];
      }
    }
  }

  /** Sets a number column of the current row. */
  ColumnBatch number(int column, long value) {
    numbers[column][size] = value;
    nulls[column][size] = false;
    return this;
  }

  /** Sets a number column of the current row to null. */
  ColumnBatch nullNumber(int column) {
    nulls[column][size] = true;
    return this;
  }

  /** Sets a text column of the current row (every text column must be set once per row). */
  ColumnBatch text(int column, String value) {
    StringBuilder b = texts[column];
    if (size > 0) {
      b.append(SEPARATOR);
    }
    if (value != null) {
      b.append(value.indexOf(SEPARATOR) >= 0 ? value.replace(SEPARATOR, ' ') : value);
    }
    return this;
  }

  /** Ends the current row; appends the batch when it is full. */
  void endRow() throws SQLException {
    if (++size == ROWS) {
      flush();
    }
  }

  /** Appends the rows staged so far as one row of lists and joined strings. */
  void flush() throws SQLException {
    if (size == 0) {
      return;
    }
    appender.beginRow();
    for (int c = 0; c < text.length; c++) {
      if (text[c]) {
        appender.append(texts[c].toString());
        texts[c].setLength(0);
      } else {
        appender.append(Arrays.copyOf(numbers[c], size), Arrays.copyOf(nulls[c], size));
      }
    }
    appender.endRow();
    size = 0;
  }

  /** Flushes and closes the appender. */
  void close() throws SQLException {
    flush();
    appender.close();
  }

  boolean isClosed() throws SQLException {
    return appender.isClosed();
  }
}
