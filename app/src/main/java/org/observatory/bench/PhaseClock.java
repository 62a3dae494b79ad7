package org.observatory.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Times one benchmark phase and, where asked, the steps it is split into: wall time and the memory
 * peaks of {@link MemoryWatch} (a {@code System.gc()} before the phase, none between its steps).
 */
final class PhaseClock {
  private final String name;
  private final MemoryWatch watch;
  private final long start;
  private final List<PhaseTime> steps = new ArrayList<>();
  private long stepStart;
  private MemoryPeaks peaks;

  private PhaseClock(String name) {
    this.name = name;
    this.watch = MemoryWatch.start();
    this.start = System.nanoTime();
    this.stepStart = start;
  }

  /** Starts timing the phase {@code name}. */
  static PhaseClock start(String name) {
    return new PhaseClock(name);
  }

  /** Ends the current step, named {@code step}; the next one starts now. */
  void step(String step) {
    long now = System.nanoTime();
    MemoryPeaks lap = watch.lap();
    steps.add(new PhaseTime(step, now - stepStart, lap, List.of()));
    peaks = peaks == null ? lap : peaks.max(lap);
    stepStart = System.nanoTime();
  }

  /** Ends the phase: its wall time, its peaks over all steps, and its steps. */
  PhaseTime stop() {
    long now = System.nanoTime();
    MemoryPeaks last = watch.stop();
    return new PhaseTime(name, now - start, peaks == null ? last : peaks.max(last), steps);
  }
}
