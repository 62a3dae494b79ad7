package org.observatory.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** What one input file contributed to a snapshot. */
public record SourceFile(
    LocalDate snapshot,
    String fileName,
    String sha256,
    String format,
    long recordsRead,
    long recordsStored,
    long recordsSkipped,
    long edgesRead) {
  public SourceFile {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(fileName, "fileName");
    requireNonNull(sha256, "sha256");
    requireNonNull(format, "format");
  }
}
