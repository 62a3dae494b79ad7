package org.observatory.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to ingest.
 *
 * @param snapshot the snapshot date for every file; null to take each file's date from its name
 * @param maxBad how many unusable records (unreadable, or without a model id) to accept before
 *     failing
 */
public record IngestRequest(
    List<Path> paths, InputFormat format, LocalDate snapshot, FieldMap map, long maxBad) {
  public IngestRequest {
    paths = List.copyOf(paths);
    requireNonNull(format, "format");
    requireNonNull(map, "map");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no input paths");
    }
    if (maxBad < 0) {
      throw new IllegalArgumentException("maxBad must be >= 0");
    }
  }

  public static IngestRequest of(InputFormat format, LocalDate snapshot, Path... paths) {
    return new IngestRequest(List.of(paths), format, snapshot, FieldMap.NONE, 0);
  }
}
