package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the memory of one benchmark run: samples the JVM heap in use every few milliseconds on a
 * daemon thread (after a {@code System.gc()}, so garbage of earlier runs does not count), and reads
 * the process's peak resident set from {@code /proc/self/status} (VmHWM), reset at the start
 * through {@code /proc/self/clear_refs} where Linux allows it.
 */
final class MemoryWatch {
  static final long SAMPLE_MILLIS = 10;

  /** The line a benchmark ends with: the JVM's heap limit, its processors and its version. */
  static void printJvm(PrintWriter out) {
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "JVM max heap %,.0f MB, %d processors, Java %s%n",
        rt.maxMemory() / (1024.0 * 1024.0),
        rt.availableProcessors(),
        System.getProperty("java.version"));
  }

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peakHeap = new AtomicLong();
  private final boolean rssReset;
  private final Thread sampler;
  private volatile boolean running = true;
  private boolean lapsOwnRss;

  private MemoryWatch() {
    System.gc();
    rssReset = resetPeakRss();
    lapsOwnRss = rssReset;
    sample();
    sampler = new Thread(this::watch, "bench-memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts watching. */
  static MemoryWatch start() {
    return new MemoryWatch();
  }

  /**
   * Stops watching and returns the peaks seen since {@link #start()} or the last {@link #lap()}.
   */
  MemoryPeaks stop() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
    return new MemoryPeaks(peakHeap.get(), peakRss(), lapsOwnRss);
  }

  /**
   * The peaks since {@link #start()} or the previous lap, then starts the next lap from the current
   * use (no {@code System.gc()}, so a lap costs no time of the run it splits).
   */
  MemoryPeaks lap() {
    sample();
    long heap = peakHeap.getAndSet(memory.getHeapMemoryUsage().getUsed());
    long rss = peakRss();
    boolean reset = resetPeakRss();
    MemoryPeaks peaks = new MemoryPeaks(heap, rss, lapsOwnRss);
    lapsOwnRss = rssReset && reset;
    return peaks;
  }

  private void watch() {
    while (running) {
      sample();
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  /**
   * Resets VmHWM to the current RSS (Linux 4.0+: "5" to clear_refs); false where that is not
   * possible.
   */
  private static boolean resetPeakRss() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The process's peak resident set size in bytes, or -1 without {@code /proc/self/status}. */
  static long peakRss() {
    try {
      List<String> lines = Files.readAllLines(STATUS);
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return Long.parseLong(kb) * 1024;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
