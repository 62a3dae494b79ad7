package org.observatory.ingest;

/** Told about a running ingest, so a terminal can show a progress bar. */
@FunctionalInterface
public interface IngestProgress {
  IngestProgress NONE = (file, records, bytesRead, bytesTotal) -> {};

  /** Called every few thousand records and at the end of each file. */
  void update(String file, long records, long bytesRead, long bytesTotal);
}
