package org.observatory.ingest;

import java.io.Closeable;
import java.util.List;

/**
 * The records of one input file, normalised and staged in batches, handed back in file order: JSON
 * Lines on worker threads ({@link ParallelJsonl}), every other format on the reading thread ({@link
 * SerialRecords}).
 */
interface StagedRecords extends Closeable {
  /** The next batch, in file order; null after the last. */
  StagedBatch next();

  /** Warnings about the file as a whole (columns not read), said once before its records. */
  default List<String> warnings() {
    return List.of();
  }
}
