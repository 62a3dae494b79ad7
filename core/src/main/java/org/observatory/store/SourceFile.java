package org.observatory.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.observatory.model.Provenance;

/**
 * What one input file contributed to a snapshot.
 *
 * @param provenance where the file came from (its fetch's manifest entry), or null when it did not
 *     come from {@code fetch}/{@code update}
 */
public record SourceFile(
    LocalDate snapshot,
    String fileName,
    String sha256,
    String format,
    long recordsRead,
    long recordsStored,
    long recordsSkipped,
    long edgesRead,
    Provenance provenance) {
  public SourceFile {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(fileName, "fileName");
    requireNonNull(sha256, "sha256");
    requireNonNull(format, "format");
  }

  /** A file without provenance. */
  public SourceFile(
      LocalDate snapshot,
      String fileName,
      String sha256,
      String format,
      long recordsRead,
      long recordsStored,
      long recordsSkipped,
      long edgesRead) {
    this(
        snapshot,
        fileName,
        sha256,
        format,
        recordsRead,
        recordsStored,
        recordsSkipped,
        edgesRead,
        null);
  }

  /** The same file with its provenance. */
  public SourceFile withProvenance(Provenance p) {
    return new SourceFile(
        snapshot,
        fileName,
        sha256,
        format,
        recordsRead,
        recordsStored,
        recordsSkipped,
        edgesRead,
        p);
  }
}
