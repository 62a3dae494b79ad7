package org.observatory.ingest;

import java.time.LocalDate;
import java.util.List;
import org.observatory.store.IngestIssue;

/**
 * What a {@link DatasetLoader} read from one file.
 *
 * @param date the date the file's data hold for (e.g. its week), or null when it has none
 */
public record DatasetResult(
    long read, long stored, long skipped, LocalDate date, List<IngestIssue> issues) {
  public DatasetResult {
    issues = List.copyOf(issues);
  }
}
