package org.observatory.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.observatory.model.NoSnapshotException;

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

  /**
   * The one snapshot resolver: the snapshot of {@code date} among {@code stored} (oldest first), or
   * the latest when {@code date} is null; a {@link NoSnapshotException} naming the stored dates
   * when there is none. {@code where} names the database for the message.
   */
  public static SnapshotInfo resolve(List<SnapshotInfo> stored, LocalDate date, String where) {
    if (stored.isEmpty()) {
      throw new NoSnapshotException(where + " has no snapshot: run `observatory ingest` first");
    }
    if (date == null) {
      return stored.get(stored.size() - 1);
    }
    return stored.stream()
        .filter(s -> s.date().equals(date))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSnapshotException(
                    "no snapshot "
                        + date
                        + " in "
                        + where
                        + "; stored: "
                        + stored.stream().map(s -> s.date().toString()).toList()));
  }
}
