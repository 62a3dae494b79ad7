package org.observatory.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.FetchProgress;
import org.observatory.fetch.FetchReport;
import org.observatory.fetch.HubFetcher;
import org.observatory.model.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory fetch}: live sources into files that {@code ingest} reads. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description =
        "Downloads model metadata from live sources (needs network) into files that `ingest` reads.",
    subcommands = {FetchCommand.Hub.class})
final class FetchCommand {

  /** {@code observatory fetch hub}: the paged Hub API into JSON Lines. */
  @Command(
      name = "hub",
      mixinStandardHelpOptions = true,
      description = {
        "Pages GET /api/models (expand[]= the fields the ingest reads, safetensors and gguf included) of the Hugging Face Hub into FILE, one model object a line"
            + " (ingest it with `observatory ingest --format hub-jsonl`).",
        "Rate limits (429), server errors (5xx) and dropped connections are retried with exponential backoff,"
            + " honouring Retry-After.",
        "Resuming: after each page, the next page's URL is saved in FILE.next. If a fetch stops (network"
            + " failure, Ctrl-C, crash), run the same command again (same --search, --author and --base-url; another"
            + " listing is refused): it continues after the last complete page"
            + " and the records already in FILE count toward --limit. FILE.next is deleted when the fetch"
            + " finishes; a FILE without FILE.next is a finished fetch and is replaced.",
        "Exit codes: 0 ok, 1 network failure, 2 usage error."
      })
  static final class Hub implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "JSON Lines file to write.")
    Path out;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Stop once FILE holds N records (default: all).")
    Long limit;

    @Option(names = "--search", paramLabel = "Q", description = "Only models whose id contains Q.")
    String search;

    @Option(
        names = "--author",
        paramLabel = "A",
        description = "Only models of this user or organisation.")
    String author;

    @Option(
        names = "--token-env",
        paramLabel = "NAME",
        defaultValue = "HF_TOKEN",
        description =
            "Environment variable holding a Hub access token, sent as a Bearer token when set"
                + " (default: ${DEFAULT-VALUE}).")
    String tokenEnv;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = FetchOptions.DEFAULT_BASE_URL,
        description = "Hub to fetch from (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Override
    public Integer call() {
      String token = System.getenv(tokenEnv);
      FetchReport report;
      try (Progress progress = new Progress(spec.commandLine().getErr())) {
        report = new HubFetcher(options(token)).fetch(out, progress);
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          "Fetched %,d page(s) from %s%s: %s holds %,d record(s).%n",
          report.pages(),
          baseUrl,
          token == null || token.isBlank() ? "" : " as $" + tokenEnv,
          report.file(),
          report.records());
      if (report.resumed() > 0) {
        stdout.printf(
            "Resumed an interrupted fetch: %,d of them were already there.%n", report.resumed());
      }
      if (report.retries() > 0) {
        stdout.printf(
            "Retried %,d request(s) (rate limits, server errors, dropped connections).%n",
            report.retries());
      }
      stdout.println(
          report.exhausted() ? "The listing is complete." : "Stopped at --limit " + limit + ".");
      stdout.printf(
          "Next: observatory ingest --db DB --format hub-jsonl --snapshot %s %s%n",
          LocalDate.now(ZoneOffset.UTC), report.file());
      stdout.flush();
      return ExitCodes.OK;
    }

    private FetchOptions options(String token) {
      if (limit != null && limit < 1) {
        throw new UsageException("--limit must be at least 1, was " + limit);
      }
      try {
        FetchOptions.Builder options =
            FetchOptions.builder()
                .baseUrl(new URI(baseUrl))
                .search(search)
                .author(author)
                .token(token);
        if (limit != null) {
          options.limit(limit);
        }
        return options.build();
      } catch (IllegalArgumentException | URISyntaxException e) {
        throw new UsageException("--base-url: " + e.getMessage());
      }
    }
  }

  /** Retries on stderr always; a page count on stderr when attached to a terminal. */
  private static final class Progress implements FetchProgress, AutoCloseable {
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
