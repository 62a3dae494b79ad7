package org.observatory.ingest;

import java.io.Closeable;

/**
 * Streams the records of one input file. Iteration never holds the whole input; an input that
 * cannot be read at all past some point throws {@link org.observatory.model.BadInputException}.
 */
interface RecordReader extends Iterable<SourceRecord>, Closeable {
  /** Warnings about the file as a whole (columns not read), said once before its records. */
  default java.util.List<String> warnings() {
    return java.util.List.of();
  }
}
