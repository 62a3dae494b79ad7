package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of fetching one source into a folder.
 *
 * @param dir the fetch folder (holding MANIFEST.json)
 * @param files what happened to each file of the source, by path
 * @param retries requests repeated after a rate limit, a server error or a dropped connection
 * @param hub the Hub listing's own report (pages, records, resumed), or null for other sources
 */
public record SourceReport(
    Source source, Path dir, List<FileOutcome> files, int retries, FetchReport hub) {
  public SourceReport {
    requireNonNull(source, "source");
    requireNonNull(dir, "dir");
    files = List.copyOf(files);
  }

  /** How many files ended with this status. */
  public long count(FileOutcome.Status status) {
    return files.stream().filter(f -> f.status() == status).count();
  }

  /** The files the folder holds for the source now (all but the removed ones). */
  public List<FileOutcome> present() {
    return files.stream().filter(f -> f.status() != FileOutcome.Status.REMOVED).toList();
  }
}
