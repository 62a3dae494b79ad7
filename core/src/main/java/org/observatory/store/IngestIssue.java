package org.observatory.store;

import static java.util.Objects.requireNonNull;

/**
 * A kind of dirt met while reading one file: {@code skipped} records were not stored, {@code
 * cleaned} ones were stored without the value named by the reason.
 */
public record IngestIssue(String kind, String reason, long records, long firstLine) {
  public IngestIssue {
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
  }
}
