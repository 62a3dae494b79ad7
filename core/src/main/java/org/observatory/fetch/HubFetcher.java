package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.observatory.fetch.SafeFile.Placed;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;

/**
 * Pages {@code GET {base}/api/models?expand[]=...} (every field the ingest reads, all-time
 * downloads and parameter counts included: {@link FetchOptions#EXPAND}) into a JSON Lines file that
 * {@code ingest --format hub-jsonl} reads, following {@code Link: rel="next"} until the listing
 * ends or the limit is reached.
 *
 * <p>The records go to a hidden working file beside FILE ({@code .FILE.part}); after each page is
 * appended and forced to disk, the next page's URL is saved beside it ({@code .FILE.part.next}). If
 * the fetch stops (network failure, crash, Ctrl-C), running it again resumes there: the working
 * file is cut back to the complete lines the saved point counts and the records in it count toward
 * the limit. When the listing ends (or the limit is reached) the working file replaces FILE in one
 * rename, unless FILE holds the same bytes; so FILE is always a complete earlier fetch, never half
 * of one.
 */
public final class HubFetcher {
  private final FetchOptions options;
  private final HttpClient http;

  public HubFetcher(FetchOptions options) {
    this.options = options;
    this.http = RetryingClient.newHttpClient(options);
  }

  /**
   * Fetches into {@code file}, resuming an interrupted fetch of the same listing.
   *
   * @throws ObservatoryException when a page cannot be had after the options' attempts, or the file
   *     not written; FILE, the working file and its resume state are kept
   * @throws UsageException when the working file holds an interrupted fetch of another listing, or
   *     was changed since
   */
  public FetchReport fetch(Path file, FetchProgress progress) {
    return fetch(file, new RetryingClient(http, options, progress), progress);
  }

  FetchReport fetch(Path file, RetryingClient client, FetchProgress progress) {
    Path part = SafeFile.partOf(file);
    SourceRun.createParent(part);
    StateFile state = StateFile.beside(part);
    ResumePoint start = startingPoint(part, state);
    int retriesBefore = client.retries();
    Walk walk = new Walk(start.next(), start.records());
    try (JsonlFile out = JsonlFile.openKeeping(part, start.bytes())) {
      state.save(start);
      while (walk.goesOn(options.limit())) {
        try {
          step(client, out, walk);
        } catch (ObservatoryException e) {
          throw new ObservatoryException(
              e.getMessage()
                  + "; "
                  + part
                  + " holds "
                  + walk.records
                  + " records: run the same fetch again to"
                  + " resume ("
                  + file
                  + " is left as it was)",
              e);
        }
        if (walk.goesOn(options.limit())) {
          state.save(new ResumePoint(options.scope(), walk.next, walk.records, out.size()));
        }
        progress.page(walk.pages, walk.records);
      }
    }
    Placed placed = SafeFile.place(part, file);
    state.delete();
    return new FetchReport(
        file,
        walk.pages,
        walk.records,
        start.records(),
        client.retries() - retriesBefore,
        walk.next == null,
        placed.bytes(),
        placed.sha256(),
        placed.changed());
  }

  /** Gets the next page and appends what the limit allows of it. */
  private void step(RetryingClient client, JsonlFile out, Walk walk) {
    Page page = client.page(walk.next);
    List<JsonNode> models = page.models();
    int take = (int) Math.min(models.size(), options.limit() - walk.records);
    out.append(models.subList(0, take));
    walk.records += take;
    walk.pages++;
    URI after = page.next().orElse(null);
    if (walk.next.equals(after)) {
      throw new ObservatoryException("the Hub API links " + after + " to itself as its next page");
    }
    walk.next = after;
  }

  /** Where the walk through the listing is. */
  private static final class Walk {
    URI next;
    long records;
    int pages;

    Walk(URI next, long records) {
      this.next = next;
      this.records = records;
    }

    boolean goesOn(long limit) {
      return next != null && records < limit;
    }
  }

  /**
   * The saved point of an interrupted fetch of the same listing, or the first page of a new one.
   */
  private ResumePoint startingPoint(Path part, StateFile state) {
    ResumePoint fresh = new ResumePoint(options.scope(), options.firstPage(), 0, 0);
    if (!Files.exists(part)) {
      return fresh;
    }
    return state
        .read()
        .map(
            saved -> {
              if (!saved.scope().equals(fresh.scope())) {
                throw new UsageException(
                    part
                        + " is an unfinished fetch of "
                        + saved.scope()
                        + ", not of "
                        + fresh.scope()
                        + ": run that fetch again to finish it, or delete "
                        + state.path()
                        + " to start over");
              }
              return saved;
            })
        .orElse(fresh);
  }
}
