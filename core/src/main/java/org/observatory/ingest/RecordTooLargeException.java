package org.observatory.ingest;

import java.io.IOException;

/**
 * One record (a JSON Lines line, an element of a JSON array, a CSV row, a whole YAML or JSON
 * dataset file) is longer than the ingest's cap: read no further, so that a hostile file (a gzip
 * bomb holding one 3 GB line) ends as bad input instead of an out-of-memory error.
 */
final class RecordTooLargeException extends IOException {
  private final long limit;

  RecordTooLargeException(long limit) {
    super("a record longer than " + RecordLimit.describe(limit) + " (--max-record-mb)");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
