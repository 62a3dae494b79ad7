package org.observatory.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.FetchProgress;
import org.observatory.fetch.FetchReport;
import org.observatory.fetch.FileOutcome;
import org.observatory.fetch.Manifest;
import org.observatory.fetch.Source;
import org.observatory.fetch.SourceFetch;
import org.observatory.fetch.SourceReport;
import org.observatory.model.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code observatory fetch SOURCE}: a live public source into files that {@code ingest} reads. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads a public source (needs network) into DIR/SOURCE/, recording every file in"
          + " DIR/MANIFEST.json: URL, fetched_at (UTC), ETag/Last-Modified, bytes, sha256."
          + " `ingest` reads the files (and stores that provenance beside them).",
      "Sources: hub (Hugging Face Hub models, with all-time downloads and parameter counts),"
          + " openrouter-models (OpenRouter models API), openrouter-rankings (OpenRouter weekly top models,"
          + " new weeks only), epoch (Epoch AI CSVs), eosai (European Open Source AI Index YAMLs), mof (Model"
          + " Openness Tool YAMLs), llm-prices (llm-prices.com vendor files), licenses (SPDX License List).",
      "Each file is written to a hidden temporary name and renamed when complete, so a cut-off download"
          + " never replaces a good file; an unchanged file (304 to If-None-Match/If-Modified-Since, the same"
          + " git blob sha in a repository listing, or the same sha256) is not rewritten; a file the source no"
          + " longer publishes is removed. 429, 5xx and dropped connections are retried with exponential"
          + " backoff, honouring Retry-After (and the Hub's RateLimit reset).",
      "hub: pages GET /api/models?expand[]=... (author, cardData, createdAt, downloads, downloadsAllTime,"
          + " gguf, lastModified, library_name, likes, pipeline_tag, safetensors, tags), 1,000 models a page,"
          + " into DIR/hub/models.jsonl (or into FILE when --out names a .jsonl file). The Hub allows about"
          + " 500 API requests per 5 minutes per IP anonymously and 1,000 per user with a token (more for PRO;"
          + " huggingface.co/docs/hub/rate-limits): a full listing of ~2M models takes about 2,000 requests,"
          + " so give a token. Resuming: the records so far are in the hidden .models.jsonl.part and the next"
          + " page's URL in .models.jsonl.part.next, saved after every page; if a fetch stops (network"
          + " failure, Ctrl-C, crash), run the same command again (same --search, --author and --endpoint;"
          + " another listing is refused): it continues after the last complete page and the records already"
          + " there count toward --limit.",
      "Exit codes: 0 ok, 1 network failure (the files of the last good fetch are kept), 2 usage error."
    })
final class FetchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      converter = SourceConverter.class,
      description =
          "hub, openrouter-models, openrouter-rankings, epoch, eosai, mof, llm-prices or"
              + " licenses.")
  Source source;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Folder to fetch into (the files go to DIR/SOURCE/, the manifest to DIR/MANIFEST.json);"
              + " for hub also a .jsonl FILE.")
  Path out;

  @Option(
      names = {"--endpoint", "--base-url"},
      paramLabel = "URL",
      description = "Fetch from this mirror instead of the source's own endpoint.")
  String endpoint;

  @Option(
      names = "--token-env",
      paramLabel = "NAME",
      description =
          "Environment variable holding an access token, sent as a Bearer token to the endpoint's own"
              + " host when set (default: HF_TOKEN for hub, GITHUB_TOKEN for the GitHub-hosted sources).")
  String tokenEnv;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "hub: stop once the file holds N records (default: all).")
  Long limit;

  @Option(
      names = "--search",
      paramLabel = "Q",
      description = "hub: only models whose id contains Q.")
  String search;

  @Option(
      names = "--author",
      paramLabel = "A",
      description = "hub: only models of this user or organisation.")
  String author;

  @Override
  public Integer call() {
    if (source != Source.HUB && (limit != null || search != null || author != null)) {
      throw new UsageException("--limit, --search and --author apply to `fetch hub` only");
    }
    String variable = tokenEnv != null ? tokenEnv : source.defaultTokenEnv();
    String token = variable == null ? null : ObservatoryCommand.environment(spec, variable);
    FetchOptions options = options(source, endpoint, token, limit, search, author);
    SourceReport report;
    try (Progress progress = new Progress(spec.commandLine().getErr())) {
      SourceFetch fetch = new SourceFetch(progress, Clock.systemUTC());
      report =
          hubFile(source, out)
              ? fetch.runHubFile(out, options)
              : fetch.run(source, requireFolder(out), options);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    print(report, options, token == null || token.isBlank() ? null : variable, stdout);
    if (report.hub() != null) {
      FetchReport hub = report.hub();
      stdout.println(
          hub.exhausted() ? "The listing is complete." : "Stopped at --limit " + limit + ".");
      stdout.printf(
          "Next: observatory ingest --db DB --format hub-jsonl --snapshot %s %s%n",
          LocalDate.now(ZoneOffset.UTC), hub.file());
    } else {
      stdout.printf(
          "Next: observatory ingest --db DB %s%n", report.dir().resolve(source.cliName()));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Prints what a fetch did: files by status, retries, the manifest. Shared with update. */
  static void print(
      SourceReport report, FetchOptions options, String tokenVariable, PrintWriter out) {
    Source source = report.source();
    out.printf(
        "Fetched %s from %s%s: %d file(s), %d new, %d changed, %d unchanged, %d removed.%n",
        source.cliName(),
        options.baseUrl(),
        tokenVariable == null ? "" : " as $" + tokenVariable,
        report.present().size(),
        report.count(FileOutcome.Status.NEW),
        report.count(FileOutcome.Status.CHANGED),
        report.count(FileOutcome.Status.UNCHANGED),
        report.count(FileOutcome.Status.REMOVED));
    FetchReport hub = report.hub();
    if (hub != null) {
      out.printf(
          "  %,d page(s) fetched: %s holds %,d record(s).%n",
          hub.pages(), hub.file(), hub.records());
      if (hub.resumed() > 0) {
        out.printf(
            "  Resumed an interrupted fetch: %,d of them were already there.%n", hub.resumed());
      }
    }
    for (FileOutcome f : report.files()) {
      if (f.status() != FileOutcome.Status.UNCHANGED || report.files().size() <= 12) {
        out.printf("  %-9s %-56s %,12d bytes%n", f.status().label(), f.path(), f.bytes());
      }
    }
    if (report.retries() > 0) {
      out.printf(
          "  Retried %,d request(s) (rate limits, server errors, dropped connections).%n",
          report.retries());
    }
    out.printf("  Provenance: %s%n", report.dir().resolve(Manifest.FILE_NAME));
  }

  /** Where and how to fetch a source: its own endpoint unless {@code endpoint} names a mirror. */
  static FetchOptions options(
      Source source, String endpoint, String token, Long limit, String search, String author) {
    if (limit != null && limit < 1) {
      throw new UsageException("--limit must be at least 1, was " + limit);
    }
    String base = endpoint == null ? source.defaultEndpoint() : endpoint;
    try {
      FetchOptions.Builder options =
          FetchOptions.builder().baseUrl(new URI(base)).search(search).author(author).token(token);
      if (limit != null) {
        options.limit(limit);
      }
      return options.build();
    } catch (IllegalArgumentException | URISyntaxException e) {
      throw new UsageException("--endpoint: " + e.getMessage());
    }
  }

  /** {@code fetch hub --out FILE.jsonl}: the listing into that file itself. */
  private static boolean hubFile(Source source, Path out) {
    String name = out.getFileName().toString();
    return source == Source.HUB
        && (Files.isRegularFile(out) || name.endsWith(".jsonl") || name.endsWith(".json"));
  }

  private static Path requireFolder(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + " is a file; give a folder to fetch into");
    }
    return out;
  }

  /** Parses source names such as {@code openrouter-models}. */
  static final class SourceConverter implements CommandLine.ITypeConverter<Source> {
    @Override
    public Source convert(String value) {
      try {
        return Source.ofCliName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Retries on stderr always; a page count on stderr when attached to a terminal. */
  static final class Progress implements FetchProgress, AutoCloseable {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private boolean midLine;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void page(int pages, long records) {
      if (terminal) {
        err.printf("\r%,d page(s), %,d records", pages, records);
        err.flush();
        midLine = true;
      }
    }

    @Override
    public void retry(URI url, String failure, int attempt, Duration delay) {
      close();
      err.printf(
          "%s; attempt %d in %.1f s: %s%n", failure, attempt, delay.toMillis() / 1000.0, url);
      err.flush();
    }

    /** Ends the page-count line, so what follows starts on a line of its own. */
    @Override
    public void close() {
      if (midLine) {
        err.println();
        err.flush();
        midLine = false;
      }
    }
  }
}
