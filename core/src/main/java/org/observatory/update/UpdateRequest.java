package org.observatory.update;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.Source;

/**
 * What to update.
 *
 * @param db the database file
 * @param data the data folder; the day's files go to {@code data/DATE/}
 * @param date the snapshot date (the folder's name)
 * @param sources the sources to fetch, in order
 * @param options where and how to fetch each source (its endpoint, token, Hub filters)
 * @param allowPartial whether to ingest the sources that arrived when others failed (the missing
 *     ones are recorded in the snapshot's provenance); without it any failure leaves the database
 *     as it was
 * @param maxBad unusable Hub records accepted before the ingest fails
 */
public record UpdateRequest(
    Path db,
    Path data,
    LocalDate date,
    List<Source> sources,
    Map<Source, FetchOptions> options,
    boolean allowPartial,
    long maxBad) {
  public UpdateRequest {
    requireNonNull(db, "db");
    requireNonNull(data, "data");
    requireNonNull(date, "date");
    sources = List.copyOf(sources);
    options = Map.copyOf(options);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source to update");
    }
    for (Source s : sources) {
      requireNonNull(options.get(s), "options of " + s.cliName());
    }
  }

  /** The day's fetch folder. */
  public Path folder() {
    return data.resolve(date.toString());
  }
}
