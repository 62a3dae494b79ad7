package org.observatory.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text, as {@link java.io.BufferedReader#readLine()} reads them (ended by {@code \n},
 * {@code \r} or {@code \r\n}), but never longer than a cap: a longer line ends in {@link
 * RecordTooLargeException} after reading at most the cap and one buffer, so a single 3 GB line
 * cannot exhaust the heap.
 */
final class LineReader implements Closeable {
  private final Reader in;
  private final long limit;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int end;
  private boolean skipLf;

  LineReader(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its terminator, or null at the end of the input. */
  String readLine() throws IOException {
    StringBuilder partial = null;
    while (true) {
      if (pos >= end && !fill()) {
        return partial == null ? null : partial.toString();
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int i = pos;
      while (i < end && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      if (i < end) {
        String line;
        if (partial == null) {
          check(i - pos);
          line = new String(buf, pos, i - pos);
        } else {
          check((long) partial.length() + (i - pos));
          line = partial.append(buf, pos, i - pos).toString();
        }
        skipLf = buf[i] == '\r';
        pos = i + 1;
        return line;
      }
      if (partial == null) {
        partial = new StringBuilder(Math.max(16, end - pos));
      }
      check((long) partial.length() + (end - pos));
      partial.append(buf, pos, end - pos);
      pos = end;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      pos = 0;
      end = 0;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  private void check(long length) throws RecordTooLargeException {
    if (length > limit) {
      throw new RecordTooLargeException(limit);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
