package org.observatory.store;

/**
 * One row of a streamed query, read by column position (1-based, as in the SQL file's SELECT list).
 */
public interface Row {
  String getString(int column);

  long getLong(int column);

  double getDouble(int column);

  boolean getBoolean(int column);

  /** True when the column's value is SQL NULL. */
  boolean isNull(int column);
}
