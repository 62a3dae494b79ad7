package org.observatory.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A file of synthetic Hub records.
 *
 * @param derivatives records that name at least one parent in a {@code base_model:} tag
 */
public record GeneratedFile(Path path, long records, long bytes, long derivatives) {
  public GeneratedFile {
    requireNonNull(path, "path");
  }
}
