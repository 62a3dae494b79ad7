package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.observatory.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code observatory bench report}: generates a Hub-shaped snapshot, ingests it into a fresh DuckDB
 * file, then times lineage resolution with the in-memory graph against the same roots computed by a
 * recursive CTE in DuckDB, and the whole report with every indicator.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Generates N synthetic Hub API records (deterministic for the seed), ingests them into a fresh",
      "DuckDB file, then times: lineage with the in-memory graph (read, resolve, write), the same roots",
      "by a recursive CTE in DuckDB, and the report with every indicator. Prints wall seconds, peak JVM",
      "heap and peak RSS per phase, both root counts and the ratio of the two lineage methods."
    })
final class BenchReportCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;
  private static final String ROW = "%-34s %10s %13s %12s%n";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin GeneratedInput input = new GeneratedInput(2_500_000);

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path path = input.open("report");
    ReportBenchmark bench = new ReportBenchmark(path.getParent(), path);
    try {
      out.printf(
          Locale.ROOT,
          "Report benchmark: lineage (in-memory graph vs recursive CTE) and all indicators%n");
      input.generate(out, "models");
      List<PhaseTime> phases = new ArrayList<>();
      phases.add(progress(out, bench.ingest()));
      ReportBenchmark.JavaLineage java = bench.javaGraph();
      phases.add(progress(out, java.time()));
      ReportBenchmark.SqlLineage sql = bench.recursiveCte();
      phases.add(progress(out, sql.time()));
      PhaseTime report = progress(out, bench.report());
      phases.add(report);
      ReportBenchmark.HandWritten hand = bench.handWritten();
      phases.add(progress(out, hand.time()));
      shape(out, java.shape());
      table(out, phases);
      double pipeline = phases.get(0).seconds() + report.seconds();
      out.printf(
          Locale.ROOT,
          "pipeline      observatory ingest + all indicators %.2f s vs hand-written SQL %.2f s (read_json,"
              + " edges from tags, roots by recursive CTE, downloads by root author; %s): %.2fx the time%n",
          pipeline,
          hand.time().seconds(),
          hand.counts(),
          pipeline / hand.time().seconds());
      return roots(out, java, sql, phases.stream().allMatch(p -> p.memory().rssOfRun()));
    } finally {
      input.close(out, bench.databases());
    }
  }

  private static PhaseTime progress(PrintWriter out, PhaseTime phase) {
    out.printf(Locale.ROOT, "done          %s in %.2f s%n", phase.name(), phase.seconds());
    out.flush();
    return phase;
  }

  private static void shape(PrintWriter out, GraphShape g) {
    out.println();
    out.printf(
        Locale.ROOT,
        "graph         %,d nodes, %,d parent edges, %,d derivatives (%,d with 2+ parents)%n",
        g.nodes(),
        g.edges(),
        g.derivatives(),
        g.multiParent());
    StringBuilder depths = new StringBuilder();
    for (int d = 0; d < g.depthCounts().size(); d++) {
      depths.append(
          String.format(Locale.ROOT, "%s%d: %,d", d == 0 ? "" : ", ", d, g.depthCounts().get(d)));
    }
    out.printf(
        Locale.ROOT,
        "graph depth   max %d, mean %.2f; nodes by depth (%s)%n",
        g.maxDepth(),
        g.meanDepth(),
        depths);
    out.printf(
        Locale.ROOT,
        "graph fan-out max %,d children of one parent, median %,d; largest family %,d descendants;"
            + " %,d nodes with 2+ roots%n",
        g.maxChildren(),
        g.medianChildren(),
        g.largestFamily(),
        g.multiRoot());
  }

  private static void table(PrintWriter out, List<PhaseTime> phases) {
    out.println();
    out.printf(Locale.ROOT, ROW, "phase", "wall s", "peak heap MB", "peak RSS MB");
    for (PhaseTime p : phases) {
      row(out, p.name(), p);
      for (PhaseTime s : p.steps()) {
        row(out, "  " + s.name(), s);
      }
      if (p.name().startsWith("report")) {
        out.printf(
            Locale.ROOT,
            ROW,
            "  indicator part (all but lineage)",
            String.format(Locale.ROOT, "%.2f", p.seconds() - p.step("lineage").seconds()),
            "",
            "");
      }
    }
  }

  private static void row(PrintWriter out, String label, PhaseTime p) {
    out.printf(
        Locale.ROOT,
        ROW,
        label,
        String.format(Locale.ROOT, "%.2f", p.seconds()),
        String.format(Locale.ROOT, "%,.0f", p.memory().heapBytes() / MB),
        p.memory().rssBytes() < 0
            ? "n/a"
            : String.format(Locale.ROOT, "%,.0f", p.memory().rssBytes() / MB));
  }

  private static int roots(
      PrintWriter out,
      ReportBenchmark.JavaLineage java,
      ReportBenchmark.SqlLineage sql,
      boolean rssReset) {
    ReportBenchmark.RootRows a = java.roots();
    ReportBenchmark.RootRows b = sql.roots();
    boolean equal = a.rows() == b.rows() && a.nodes() == b.nodes();
    boolean samePairs = equal && Objects.equals(a.digest(), b.digest());
    out.println();
    out.printf(
        Locale.ROOT,
        "root rows     java graph %,d (%,d nodes), recursive CTE %,d (%,d nodes): %s%n",
        a.rows(),
        a.nodes(),
        b.rows(),
        b.nodes(),
        samePairs
            ? "equal, same (node, root) pairs"
            : equal ? "equal counts, DIFFERENT pairs" : "DIFFERENT");
    double ratio = java.time().seconds() / sql.time().seconds();
    out.printf(
        Locale.ROOT,
        "ratio         java graph / recursive CTE: %.2fx the time (recursive CTE / java graph %.2fx)%n",
        ratio,
        1 / ratio);
    out.printf(
        Locale.ROOT,
        "java graph = number the nodes in id order (SQL), read the edges as number pairs, resolve in"
            + " memory, append the derivatives' (node, root, weight, depth) rows (the rest are their"
            + " own roots, by a view);%n"
            + "recursive CTE = walk every node up to its parentless ancestors into a temp table"
            + " (node, root).%n");
    out.printf(
        Locale.ROOT,
        "peak heap = JVM heap in use, sampled every %d ms (System.gc() before each phase);"
            + " peak RSS = VmHWM%s%n",
        MemoryWatch.SAMPLE_MILLIS,
        rssReset
            ? ", reset at the start of each phase and step"
            : " of the process so far (it could not be reset per phase)");
    MemoryWatch.printJvm(out);
    return samePairs ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
