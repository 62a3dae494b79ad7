package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.observatory.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory bench ingest}: generates a Hub-shaped JSON Lines file and times, on that same
 * file, the Observatory's ingest against DuckDB's own {@code read_json}, each into a fresh DuckDB
 * file.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Generates N synthetic Hub API records (JSON Lines, deterministic for the seed) and times the Observatory",
      "ingest against DuckDB's read_json of the same file, each into a fresh DuckDB file.",
      "Prints rows, wall seconds, records/s, the time ratio, peak JVM heap and peak RSS."
    })
final class BenchIngestCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin GeneratedInput input = new GeneratedInput(1_000_000);

  @Option(
      names = "--repeat",
      defaultValue = "1",
      description = "Runs of each load; the best time is shown (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path path = input.open("bench");
    IngestBenchmark bench = new IngestBenchmark(path.getParent(), path);
    try {
      out.printf(
          Locale.ROOT, "Ingest benchmark: Observatory ingest vs DuckDB read_json, same file%n");
      input.generate(out, "records");
      List<EngineRun> best = runs(bench, out);
      report(out, best.get(0), best.get(1));
    } finally {
      input.close(out, bench.databases());
    }
    return ExitCodes.OK;
  }

  /**
   * Runs both loads {@code repeat} times, alternating; the fastest run of each, with the peaks of
   * all runs.
   */
  private List<EngineRun> runs(IngestBenchmark bench, PrintWriter out) throws IOException {
    EngineRun observatory = null;
    EngineRun duckdb = null;
    for (int i = 1; i <= repeat; i++) {
      EngineRun o = bench.observatory();
      out.printf(Locale.ROOT, "run %d/%d       observatory %.2f s", i, repeat, o.seconds());
      out.flush();
      EngineRun d = bench.duckdb();
      out.printf(Locale.ROOT, ", duckdb %.2f s%n", d.seconds());
      out.flush();
      observatory = faster(observatory, o);
      duckdb = faster(duckdb, d);
    }
    return List.of(observatory, duckdb);
  }

  private static EngineRun faster(EngineRun best, EngineRun run) {
    if (best == null) {
      return run;
    }
    EngineRun winner = run.nanos() < best.nanos() ? run : best;
    return new EngineRun(
        winner.engine(),
        winner.rows(),
        winner.detail(),
        winner.nanos(),
        best.memory().max(run.memory()));
  }

  private void report(PrintWriter out, EngineRun observatory, EngineRun duckdb) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-12s %12s %10s %12s %13s %12s%n",
        "engine",
        "rows",
        "wall s",
        "records/s",
        "peak heap MB",
        "peak RSS MB");
    for (EngineRun r : List.of(observatory, duckdb)) {
      out.printf(
          Locale.ROOT,
          "%-12s %,12d %10.2f %,12.0f %,13.0f %12s%n",
          r.engine(),
          r.rows(),
          r.seconds(),
          input.records / r.seconds(),
          r.memory().heapBytes() / MB,
          rss(r.memory()));
    }
    out.println();
    out.printf(Locale.ROOT, "observatory:  %s%n", observatory.detail());
    out.printf(Locale.ROOT, "duckdb:       %s%n", duckdb.detail());
    double ratio = (double) observatory.nanos() / duckdb.nanos();
    out.printf(
        Locale.ROOT,
        "ratio observatory/duckdb: %.2fx the time, %.3fx the throughput%n",
        ratio,
        1 / ratio);
    out.printf(
        Locale.ROOT, "wall s = open a fresh DuckDB file, load, close (best of %d runs)%n", repeat);
    out.printf(
        Locale.ROOT,
        "peak heap = JVM heap in use, sampled every %d ms after a System.gc(); peak RSS = VmHWM%s%n",
        MemoryWatch.SAMPLE_MILLIS,
        observatory.memory().rssOfRun() && duckdb.memory().rssOfRun()
            ? ", reset at the start of each run"
            : " of the process so far (it could not be reset per run)");
    MemoryWatch.printJvm(out);
  }

  private static String rss(MemoryPeaks m) {
    return m.rssBytes() < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", m.rssBytes() / MB);
  }
}
