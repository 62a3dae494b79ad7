package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The outcome of one fetch of the Hub listing.
 *
 * @param pages pages fetched by this run
 * @param records records the file holds now
 * @param resumed records already in the working file from an interrupted run, counted in {@code
 *     records}
 * @param retries requests repeated after a rate limit, a server error or a dropped connection
 * @param exhausted true when the listing had no further page; false when the limit stopped the
 *     fetch
 * @param bytes the file's length
 * @param sha256 the file's SHA-256 (hex)
 * @param changed false when the file already held these bytes (and was left as it was)
 */
public record FetchReport(
    Path file,
    int pages,
    long records,
    long resumed,
    int retries,
    boolean exhausted,
    long bytes,
    String sha256,
    boolean changed) {
  public FetchReport {
    requireNonNull(file, "file");
    requireNonNull(sha256, "sha256");
  }
}
