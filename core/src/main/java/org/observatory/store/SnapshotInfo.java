package org.observatory.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One stored snapshot: its counts and the files it was built from. */
public record SnapshotInfo(
    LocalDate date,
    long models,
    long edges,
    long nodes,
    Instant ingestedAt,
    List<SourceFile> sources) {
  public SnapshotInfo {
    requireNonNull(date, "date");
    sources = List.copyOf(sources);
  }
}
