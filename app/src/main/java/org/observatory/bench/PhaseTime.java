package org.observatory.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one timed phase of a benchmark took, with the steps it was split into (none when it was not
 * split).
 *
 * @param nanos wall time of the phase (or step)
 * @param memory peak JVM heap and peak RSS during it
 */
record PhaseTime(String name, long nanos, MemoryPeaks memory, List<PhaseTime> steps) {
  PhaseTime {
    requireNonNull(name, "name");
    requireNonNull(memory, "memory");
    steps = List.copyOf(steps);
  }

  double seconds() {
    return nanos / 1e9;
  }

  /** The step of that name; fails when the phase has none. */
  PhaseTime step(String stepName) {
    return steps.stream()
        .filter(s -> s.name().equals(stepName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + stepName + " in " + name));
  }
}
