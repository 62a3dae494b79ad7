package org.observatory.ingest;

import java.time.LocalDate;
import java.util.List;
import org.observatory.store.IngestIssue;

/**
 * What one file gave: records read, stored and skipped (with reasons), edges, values cleaned out of
 * stored records (with reasons), and notes such as the stored rows it replaced.
 */
public record FileReport(
    String file,
    LocalDate snapshot,
    InputFormat format,
    String sha256,
    long read,
    long stored,
    long skipped,
    long edges,
    List<IngestIssue> issues,
    List<String> notes) {
  public FileReport {
    issues = List.copyOf(issues);
    notes = List.copyOf(notes);
  }
}
