package org.observatory.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The outcome of one ingest: a report per file and the snapshots written. */
public record IngestReport(List<FileReport> files, Set<LocalDate> snapshots) {
  public IngestReport {
    files = List.copyOf(files);
    snapshots = Set.copyOf(snapshots);
  }

  public long read() {
    return files.stream().mapToLong(FileReport::read).sum();
  }

  public long stored() {
    return files.stream().mapToLong(FileReport::stored).sum();
  }

  public long skipped() {
    return files.stream().mapToLong(FileReport::skipped).sum();
  }
}
