package org.observatory.store;

/**
 * Where a {@link DatasetLoader} writes: appenders on the dataset's tables, in the ingest's
 * transaction.
 */
public interface DatasetSink {
  /**
   * Removes the rows an earlier ingest of a file of this name put in {@code table} (column {@code
   * source_file}), so that re-ingesting a file replaces its rows instead of doubling them. Call
   * before appending.
   */
  void replaceSource(String table, String fileName);

  /** An appender on {@code table}; values in the table's column order. */
  RowAppender rows(String table);
}
