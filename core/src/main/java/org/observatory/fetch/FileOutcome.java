package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

/**
 * What a fetch did to one file of its folder.
 *
 * @param path the file, relative to the fetch folder
 * @param status new, changed (rewritten), unchanged (same ETag or sha256: not rewritten) or removed
 *     (the source no longer publishes it)
 * @param bytes its length (0 when removed)
 */
public record FileOutcome(String path, Status status, long bytes) {
  /** What happened to the file. */
  public enum Status {
    NEW,
    CHANGED,
    UNCHANGED,
    REMOVED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public FileOutcome {
    requireNonNull(path, "path");
    requireNonNull(status, "status");
  }
}
