package org.observatory.bench;

import static java.util.Objects.requireNonNull;

/**
 * One timed load of the benchmark file.
 *
 * @param rows rows the engine holds afterwards (the Observatory: models in the snapshot)
 * @param detail what else the engine reports, for the reader
 * @param nanos wall time: open a fresh DuckDB file, load, close
 */
record EngineRun(String engine, long rows, String detail, long nanos, MemoryPeaks memory) {
  EngineRun {
    requireNonNull(engine, "engine");
    requireNonNull(detail, "detail");
    requireNonNull(memory, "memory");
  }

  double seconds() {
    return nanos / 1e9;
  }
}
