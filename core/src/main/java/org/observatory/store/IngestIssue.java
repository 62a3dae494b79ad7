package org.observatory.store;

import static java.util.Objects.requireNonNull;

/**
 * A kind of dirt met while reading one file: {@code skipped} records were not stored, {@code
 * cleaned} ones were stored without the value named by the reason; a {@code warning} is about the
 * file as a whole (columns not read), with 1 record and line 1.
 */
public record IngestIssue(String kind, String reason, long records, long firstLine) {
  /** The kind of a warning about a whole file. */
  public static final String WARNING = "warning";

  public IngestIssue {
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
  }
}
