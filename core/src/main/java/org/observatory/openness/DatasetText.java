package org.observatory.openness;

import org.observatory.ingest.DatasetFile;

/** The whole text of one small dataset file (a YAML of a few kilobytes), as strict UTF-8. */
final class DatasetText {
  private DatasetText() {}

  static String of(DatasetFile file) {
    return file.text();
  }

  /** The name rows are stored under: the file's own name, as {@code dataset_sources} has it. */
  static String sourceName(DatasetFile file) {
    return file.path().getFileName().toString();
  }
}
