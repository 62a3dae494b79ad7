package org.observatory.ingest;

/**
 * What the files of one ingest share: the running order of their records (a record read later wins
 * a tie over one read earlier) and how many more unusable records {@code --max-bad} allows.
 */
final class IngestCounts {
  private long seq;
  private long badLeft;

  IngestCounts(long maxBad) {
    this.badLeft = maxBad;
  }

  /** The order number before the next file's first record. */
  long seq() {
    return seq;
  }

  /** Moves past the {@code records} records a file read. */
  void advance(long records) {
    seq += records;
  }

  /** Counts one unusable record; false once there are more than {@code --max-bad} of them. */
  boolean allowBad() {
    return --badLeft >= 0;
  }
}
