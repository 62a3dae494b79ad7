package org.observatory.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file of synthetic Hub records.
 *
 * @param derivatives records that name at least one parent in a {@code base_model:} tag
 * @param snapshot the date the file is a snapshot of (every record created by then)
 */
public record GeneratedFile(
    Path path, long records, long bytes, long derivatives, LocalDate snapshot) {
  public GeneratedFile {
    requireNonNull(path, "path");
    requireNonNull(snapshot, "snapshot");
  }
}
