package org.observatory.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails with {@link RecordTooLargeException} once more than {@code limit} characters
 * were read since the last {@link #startRecord()}: the parser on top of it (Jackson, Commons CSV)
 * never holds more than about one record plus its read-ahead buffer (a few kilobytes).
 */
final class RecordLimit extends FilterReader {
  /** The default cap of one record, 64 MiB. */
  static final long DEFAULT = 64L << 20;

  private final long limit;
  private long used;

  RecordLimit(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Starts counting the next record. */
  void startRecord() {
    used = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws RecordTooLargeException {
    used += n;
    if (used > limit) {
      throw new RecordTooLargeException(limit);
    }
  }

  /** A size in words, e.g. {@code 64 MB}. */
  static String describe(long bytes) {
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    return String.format(java.util.Locale.ROOT, "%,d characters", bytes);
  }
}
