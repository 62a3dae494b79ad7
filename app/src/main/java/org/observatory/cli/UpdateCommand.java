package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.Source;
import org.observatory.fetch.SourceReport;
import org.observatory.model.UsageException;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.MissingSource;
import org.observatory.update.SnapshotChange;
import org.observatory.update.UpdateReport;
import org.observatory.update.UpdateRequest;
import org.observatory.update.Updater;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory update}: fetch every source, ingest them as today's snapshot, say what
 * changed.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches the sources into DATA/YYYY-MM-DD/ (each file recorded in its MANIFEST.json; a source's files"
          + " start from the previous day's folder, so only what changed is downloaded), ingests everything"
          + " that arrived in one transaction as that date's snapshot and reference datasets, with each file's"
          + " URL and fetch time, and prints what changed since the previous snapshot (models added and"
          + " removed, downloads, by origin).",
      "If a source cannot be fetched, the database is left exactly as it was and the failed source is named"
          + " (exit 1); --allow-partial ingests what arrived and records the missing sources in the snapshot's"
          + " provenance. Running again on the same day is idempotent: the day's snapshot is rebuilt from its"
          + " folder. Tokens: HF_TOKEN for the Hub, GITHUB_TOKEN for the GitHub-hosted sources, when set.",
      "Exit codes: 0 ok, 1 a source could not be fetched, 2 usage error, 3 bad input (nothing stored)."
    })
final class UpdateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TargetDatabase db;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Data folder: the day's files go to DIR/YYYY-MM-DD/.")
  Path data;

  @Option(
      names = "--sources",
      defaultValue = "all",
      paramLabel = "LIST",
      description =
          "all, or a comma-separated list of hub, openrouter-models, openrouter-rankings, epoch, eosai, mof,"
              + " llm-prices, licenses (default: ${DEFAULT-VALUE}).")
  String sources;

  @Option(
      names = "--snapshot",
      paramLabel = "YYYY-MM-DD",
      description = "The snapshot date and folder name (default: today, UTC).")
  LocalDate snapshot;

  @Option(
      names = "--allow-partial",
      description =
          "Ingest the sources that arrived when others failed, recording the missing ones in the snapshot's"
              + " provenance.")
  boolean allowPartial;

  @Option(
      names = "--endpoint",
      paramLabel = "[SOURCE=]URL",
      description =
          "Fetch from a mirror: SOURCE=URL for one source, URL for every source (repeatable).")
  List<String> endpoints = new ArrayList<>();

  @Option(names = "--hub-limit", paramLabel = "N", description = "Hub: at most N models.")
  Long hubLimit;

  @Option(names = "--hub-author", paramLabel = "A", description = "Hub: only models of A.")
  String hubAuthor;

  @Option(names = "--hub-search", paramLabel = "Q", description = "Hub: only ids containing Q.")
  String hubSearch;

  @Option(
      names = "--max-bad",
      defaultValue = "0",
      paramLabel = "N",
      description = "Accept up to N unusable Hub records; default 0.")
  long maxBad;

  @Override
  public Integer call() {
    List<Source> chosen = sources();
    Map<Source, String> mirrors = endpoints(chosen);
    Map<Source, FetchOptions> options = new EnumMap<>(Source.class);
    for (Source s : chosen) {
      String token =
          s.defaultTokenEnv() == null
              ? null
              : ObservatoryCommand.environment(spec, s.defaultTokenEnv());
      options.put(
          s,
          s == Source.HUB
              ? FetchCommand.options(s, mirrors.get(s), token, hubLimit, hubSearch, hubAuthor)
              : FetchCommand.options(s, mirrors.get(s), token, null, null, null));
    }
    LocalDate date = snapshot != null ? snapshot : LocalDate.now(ZoneOffset.UTC);
    UpdateRequest request =
        new UpdateRequest(db.path(), data, date, chosen, options, allowPartial, maxBad);
    UpdateReport report;
    long start = System.nanoTime();
    try (FetchCommand.Progress progress = new FetchCommand.Progress(spec.commandLine().getErr())) {
      report =
          new Updater(DatasetLoaders.all(), OriginRegistry.bundled(), progress, Clock.systemUTC())
              .run(request);
    }
    print(report, options, System.nanoTime() - start);
    return ExitCodes.OK;
  }

  private void print(UpdateReport report, Map<Source, FetchOptions> options, long nanos) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Update of %s into %s (database %s)%n", report.date(), report.folder(), db.path());
    report
        .seeded()
        .forEach(
            (source, n) ->
                out.printf("Started %s from the previous day's %d file(s).%n", source, n));
    for (SourceReport r : report.fetched()) {
      FetchCommand.print(r, options.get(r.source()), null, out);
    }
    for (MissingSource m : report.missing()) {
      out.printf("NOT FETCHED %s from %s: %s%n", m.source(), m.url(), m.reason());
    }
    if (!report.missing().isEmpty()) {
      out.println(
          report.change() != null
              ? "Partial update (--allow-partial): the missing sources are recorded in the snapshot's"
                  + " provenance; their data loaded before stays."
              : "Partial update (--allow-partial): the missing sources are recorded for "
                  + report.date()
                  + " (`snapshots` lists them); their data loaded before stays.");
    }
    Summaries summaries = new Summaries(out);
    summaries.ingest(report.ingest(), nanos);
    if (report.change() != null) {
      change(report.change(), out);
    } else {
      out.println("The Hub was not fetched: no new snapshot, reference datasets refreshed.");
    }
    out.flush();
  }

  /** What changed since the previous snapshot, by origin. */
  static void change(SnapshotChange c, PrintWriter out) {
    if (c.before() == null) {
      out.printf("Snapshot %s is the first: %,d models.%n", c.after(), c.total("models_after"));
    } else {
      out.printf(
          "Changes since snapshot %s (each snapshot's downloads are its own 30-day window: compared, never"
              + " summed):%n",
          c.before());
      out.printf(
          "  models: %,d -> %,d (%,d added, %,d removed)%n",
          c.total("models_before"), c.total("models_after"), c.total("added"), c.total("removed"));
      out.printf(
          "  30-day downloads: %,d -> %,d (%s)%n",
          c.total("downloads_before"),
          c.total("downloads_after"),
          signed(c.total("downloads_after") - c.total("downloads_before")));
    }
    Long allTime = c.total("all_time_after");
    out.printf(
        "  all-time downloads: %s (%,d of %,d models carry an all-time count)%n",
        allTime == null ? "none in the snapshot" : String.format("%,d", allTime),
        c.total("all_time_models_after"),
        c.total("models_after"));
    out.printf(
        "  %-13s %9s %8s %8s %16s %16s %16s%n",
        "origin", "models", "added", "removed", "30-day before", "30-day now", "moved");
    for (Map<String, Object> r : c.byOrigin()) {
      long before = ((Number) r.get("downloads_before")).longValue();
      long after = ((Number) r.get("downloads_after")).longValue();
      out.printf(
          "  %-13s %,9d %,8d %,8d %,16d %,16d %16s%n",
          r.get("origin"),
          ((Number) r.get("models_after")).longValue(),
          ((Number) r.get("added")).longValue(),
          ((Number) r.get("removed")).longValue(),
          before,
          after,
          signed(after - before));
    }
  }

  private static String signed(long v) {
    return (v > 0 ? "+" : "") + String.format("%,d", v);
  }

  private List<Source> sources() {
    if (sources.strip().equalsIgnoreCase("all")) {
      return List.of(Source.values());
    }
    List<Source> out = new ArrayList<>();
    for (String name : sources.split(",")) {
      try {
        Source s = Source.ofCliName(name);
        if (!out.contains(s)) {
          out.add(s);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--sources: " + e.getMessage());
      }
    }
    return out;
  }

  private Map<Source, String> endpoints(List<Source> chosen) {
    Map<Source, String> out = new LinkedHashMap<>();
    for (String e : endpoints) {
      int eq = e.indexOf('=');
      boolean named = eq > 0 && !e.substring(0, eq).contains(":");
      if (named) {
        Source s;
        try {
          s = Source.ofCliName(e.substring(0, eq));
        } catch (IllegalArgumentException ex) {
          throw new UsageException("--endpoint: " + ex.getMessage());
        }
        out.put(s, e.substring(eq + 1));
      } else {
        Arrays.stream(Source.values()).forEach(s -> out.putIfAbsent(s, e));
      }
    }
    out.keySet().retainAll(chosen);
    return out;
  }
}
