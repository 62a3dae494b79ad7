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
 * @param allowEmpty whether a file without records is accepted (else it is bad input: an empty
 *     snapshot would become the latest)
 * @param maxRecordChars the longest record (a line, an array element, a CSV row, a YAML or JSON
 *     dataset file) read, in characters; a longer one is bad input
 */
public record IngestRequest(
    List<Path> paths,
    InputFormat format,
    LocalDate snapshot,
    FieldMap map,
    long maxBad,
    boolean allowEmpty,
    long maxRecordChars) {
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
    if (maxRecordChars < 1) {
      throw new IllegalArgumentException("maxRecordChars must be >= 1");
    }
  }

  /** A request with the default record cap that refuses empty files. */
  public IngestRequest(
      List<Path> paths, InputFormat format, LocalDate snapshot, FieldMap map, long maxBad) {
    this(paths, format, snapshot, map, maxBad, false, RecordLimit.DEFAULT);
  }

  public static IngestRequest of(InputFormat format, LocalDate snapshot, Path... paths) {
    return new IngestRequest(List.of(paths), format, snapshot, FieldMap.NONE, 0);
  }

  /** The default cap of one record, in characters (64 MiB). */
  public static long defaultMaxRecordChars() {
    return RecordLimit.DEFAULT;
  }
}
