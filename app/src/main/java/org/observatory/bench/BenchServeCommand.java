package org.observatory.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.observatory.cli.ExitCodes;
import org.observatory.generate.GeneratedFile;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.web.ServedDatabase;
import org.observatory.web.WebApp;
import org.observatory.web.WebServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory bench serve}: the load check of {@code serve} while an ingest writes the same
 * database file from another process.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a copy of --db on 127.0.0.1 (a free port), starts `observatory ingest` of N synthetic Hub",
      "records into that same file in another process, and sends bursts of concurrent GETs (API,",
      "CSV, pages) from one Java HttpClient until the ingest ends, then one burst after the server",
      "has picked up the new snapshot. Prints requests, statuses, and p50/p95/p99/max latency.",
      "Exit 1 on any 5xx or failed connection, or when the ingest fails."
    })
final class BenchServeCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      description = "Database to serve; it is copied first and never changed.")
  Path db;

  @Option(
      names = "--requests",
      defaultValue = "200",
      description = "Concurrent requests per burst (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--max-bursts",
      defaultValue = "200",
      description = "At most this many bursts while the ingest runs (default: ${DEFAULT-VALUE}).")
  int maxBursts;

  /** The records the concurrent ingest writes; the folder also holds the served copy and a log. */
  @CommandLine.Mixin GeneratedInput input = new GeneratedInput(200_000);

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (requests < 1 || maxBursts < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--requests and --max-bursts must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = input.open("serve").getParent();
    Path served = dir.resolve("served.duckdb");
    Files.copy(db, served, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    GeneratedFile file = input.generate(out, "records");
    ServedDatabase database = ServedDatabase.open(served, Duration.ofMillis(200));
    Javalin app =
        WebApp.create(
                new WebServices(database, OriginRegistry.bundled(), LicenseClassifier.bundled()))
            .start("127.0.0.1", 0);
    try {
      ServeLoad load = new ServeLoad(URI.create("http://127.0.0.1:" + app.port()), List.of("/"));
      List<LocalDate> before = database.status().snapshots();
      load = new ServeLoad(URI.create("http://127.0.0.1:" + app.port()), paths(load, before));
      load.burst(load.size(), 0, () -> false); // builds and caches the reports: not measured
      LocalDate date = before.isEmpty() ? LocalDate.of(2026, 1, 1) : latest(before).plusDays(1);
      out.printf(
          Locale.ROOT,
          "Serve load check: bursts of %d concurrent GETs from one Java HttpClient to"
              + " 127.0.0.1:%d while `observatory ingest` writes the served file in another"
              + " process%n",
          requests,
          app.port());
      out.printf(
          Locale.ROOT,
          "database      a copy of %s (snapshots %s), %d request paths in turn%n",
          db,
          before,
          load.size());
      out.flush();
      ConcurrentIngest ingest =
          ConcurrentIngest.start(
              served,
              dir,
              "--snapshot",
              date.toString(),
              "--format",
              "hub-jsonl",
              file.path().toString());
      ingest.awaitWriting(Duration.ofSeconds(60));
      List<ServeLoad.Sample> during =
          load.bursts(requests, maxBursts, ingest::running, ingest::running);
      int exit = ingest.waitFor();
      long ended = System.nanoTime();
      out.printf(
          Locale.ROOT,
          "ingest        %,d synthetic Hub records (seed %d) as snapshot %s, another JVM: exit %d"
              + " after %.1f s%n",
          file.records(),
          input.seed,
          date,
          exit,
          ingest.seconds());
      summary(out, "during ingest", during);
      double pickup = awaitSnapshot(load, date, ended);
      out.printf(
          Locale.ROOT,
          "reload        the server served snapshot %s %.1f s after the ingest ended (copy %d)%n",
          date,
          pickup,
          database.status().generation());
      List<ServeLoad.Sample> after = load.burst(requests, 0, () -> false);
      summary(out, "after ingest", after);
      long bad =
          java.util.stream.Stream.concat(during.stream(), after.stream())
              .filter(s -> s.status() >= 500 || s.status() == 0)
              .count();
      out.printf(Locale.ROOT, "5xx or failed connections: %d%n", bad);
      out.printf(
          Locale.ROOT,
          "machine       %d processors, load average %.1f (other processes share them)%n",
          Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.flush();
      return bad == 0 && exit == 0 && !Double.isNaN(pickup) ? ExitCodes.OK : ExitCodes.FAILURE;
    } finally {
      app.stop();
      database.close();
      input.close(
          out,
          List.of(served, served.resolveSibling("served.duckdb.wal"), dir.resolve("ingest.log")));
    }
  }

  private static LocalDate latest(List<LocalDate> dates) {
    return dates.stream().max(LocalDate::compareTo).orElseThrow();
  }

  /** What the burst asks for: every API route on every snapshot, CSV, pages and static files. */
  private static List<String> paths(ServeLoad load, List<LocalDate> snapshots)
      throws IOException, InterruptedException {
    List<String> paths = new ArrayList<>(List.of("/api/v1/status", "/api/v1/snapshots"));
    for (LocalDate d : snapshots) {
      JsonNode list = JSON.readTree(load.get("/api/v1/indicators?snapshot=" + d));
      paths.add("/api/v1/indicators?snapshot=" + d);
      paths.add("/api/v1/scorecard?snapshot=" + d);
      paths.add("/api/v1/report?snapshot=" + d);
      for (JsonNode m : list.get("indicators")) {
        paths.add("/api/v1/indicators/" + m.get("indicator").asText() + "?snapshot=" + d);
        paths.add("/api/v1/indicators/" + m.get("indicator").asText() + "/csv?snapshot=" + d);
      }
      JsonNode families = JSON.readTree(load.get("/api/v1/indicators/families?snapshot=" + d));
      for (JsonNode f : families.get("rows")) {
        String root = f.get("root").asText();
        paths.add("/api/v1/model?id=" + root + "&snapshot=" + d);
        paths.add("/api/v1/lineage?id=" + root + "&depth=2&snapshot=" + d);
        paths.add(
            "/api/v1/search?q=" + root.substring(0, Math.min(4, root.length())) + "&snapshot=" + d);
        break;
      }
    }
    paths.addAll(
        List.of(
            "/api/v1/series/downloads_by_origin",
            "/",
            "/adoption",
            "/families",
            "/static/dashboard.js",
            "/api/v1/openapi.json"));
    return paths;
  }

  /** Seconds from {@code since} until the server lists {@code date}; NaN after 60 s. */
  private static double awaitSnapshot(ServeLoad load, LocalDate date, long since)
      throws IOException, InterruptedException {
    long deadline = since + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (load.get("/api/v1/snapshots").contains("\"" + date + "\"")) {
        return (System.nanoTime() - since) / 1e9;
      }
      Thread.sleep(50);
    }
    return Double.NaN;
  }

  private static void summary(PrintWriter out, String label, List<ServeLoad.Sample> samples) {
    long writing = samples.stream().filter(ServeLoad.Sample::duringWrite).count();
    out.printf(
        Locale.ROOT,
        "%-13s %,d requests (%,d ended while the ingest was writing)%n",
        label,
        samples.size(),
        writing);
    out.printf(Locale.ROOT, "  by status   %s%n", ServeLoad.byStatus(samples));
    out.printf(
        Locale.ROOT,
        "  latency ms  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
        ServeLoad.percentileMillis(samples, 0.50),
        ServeLoad.percentileMillis(samples, 0.95),
        ServeLoad.percentileMillis(samples, 0.99),
        ServeLoad.percentileMillis(samples, 1.0));
    out.printf(Locale.ROOT, "  slowest     %s%n", ServeLoad.slowest(samples, 3));
    out.flush();
  }
}
