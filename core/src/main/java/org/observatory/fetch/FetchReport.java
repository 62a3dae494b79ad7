package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The outcome of one fetch.
 *
 * @param pages pages fetched by this run
 * @param records records the file holds now
 * @param resumed records already in the file from an interrupted run, counted in {@code records}
 * @param retries requests repeated after a rate limit, a server error or a dropped connection
 * @param exhausted true when the listing had no further page; false when the limit stopped the
 *     fetch
 */
public record FetchReport(
    Path file, int pages, long records, long resumed, int retries, boolean exhausted) {
  public FetchReport {
    requireNonNull(file, "file");
  }
}
