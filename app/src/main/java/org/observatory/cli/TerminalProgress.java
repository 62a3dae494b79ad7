package org.observatory.cli;

import java.io.PrintWriter;
import org.observatory.ingest.IngestProgress;

/**
 * A one-line progress bar on stderr (records, records/s, ETA), shown only when attached to a
 * terminal.
 */
final class TerminalProgress implements IngestProgress, AutoCloseable {
  private static final long MIN_INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastPrint;
  private boolean printed;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /** A bar on the given stream when the process has a terminal, else null. */
  static TerminalProgress forStderr(PrintWriter err) {
    return System.console() != null ? new TerminalProgress(err) : null;
  }

  @Override
  public void update(String file, long records, long bytesRead, long bytesTotal) {
    long now = System.nanoTime();
    if (now - lastPrint < MIN_INTERVAL_NANOS && bytesRead < bytesTotal) {
      return;
    }
    lastPrint = now;
    err.print("\r" + line(file, records, bytesRead, bytesTotal, now - start));
    err.flush();
    printed = true;
  }

  static String line(
      String file, long records, long bytesRead, long bytesTotal, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    double fraction = bytesTotal > 0 ? Math.min(1.0, (double) bytesRead / bytesTotal) : 0;
    int width = 24;
    int filled = (int) Math.round(fraction * width);
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    String eta =
        fraction > 0 && fraction < 1
            ? String.format("ETA %ds", Math.round(seconds / fraction - seconds))
            : "";
    String name = file.length() > 40 ? "..." + file.substring(file.length() - 37) : file;
    return String.format(
        "[%s] %3.0f%% %,d records %,.0f rec/s %s %s",
        bar, fraction * 100, records, records / seconds, eta, name);
  }

  @Override
  public void close() {
    if (printed) {
      err.println();
      err.flush();
    }
  }
}
