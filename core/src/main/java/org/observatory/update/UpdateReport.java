package org.observatory.update;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.observatory.fetch.SourceReport;
import org.observatory.ingest.IngestReport;
import org.observatory.store.MissingSource;

/**
 * What an update did.
 *
 * @param folder the day's fetch folder
 * @param fetched what each source that arrived fetched
 * @param seeded files started from the previous day's folder (hard links), by source name
 * @param missing the sources that could not be fetched (only with --allow-partial)
 * @param ingest the one ingest of everything that arrived
 * @param change what changed since the previous snapshot, or null when the Hub was not fetched
 */
public record UpdateReport(
    LocalDate date,
    Path folder,
    List<SourceReport> fetched,
    java.util.Map<String, Integer> seeded,
    List<MissingSource> missing,
    IngestReport ingest,
    SnapshotChange change) {
  public UpdateReport {
    requireNonNull(date, "date");
    requireNonNull(folder, "folder");
    fetched = List.copyOf(fetched);
    seeded = java.util.Map.copyOf(seeded);
    missing = List.copyOf(missing);
    requireNonNull(ingest, "ingest");
  }
}
