package org.observatory.bench;

/**
 * What one benchmark run took in memory.
 *
 * @param heapBytes peak JVM heap used, sampled while the run went on
 * @param rssBytes the process's peak resident set size (VmHWM), or -1 where /proc does not tell it
 * @param rssOfRun whether the RSS peak is this run's own (VmHWM reset at its start) or the
 *     process's so far
 */
record MemoryPeaks(long heapBytes, long rssBytes, boolean rssOfRun) {
  /** The larger of each peak, for several runs of one engine. */
  MemoryPeaks max(MemoryPeaks other) {
    return new MemoryPeaks(
        Math.max(heapBytes, other.heapBytes),
        Math.max(rssBytes, other.rssBytes),
        rssOfRun && other.rssOfRun);
  }
}
