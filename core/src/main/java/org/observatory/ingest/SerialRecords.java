package org.observatory.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a {@link RecordReader}, normalised and staged on the reading thread in batches of
 * at most {@link ParallelJsonl#BATCH} records or {@link ParallelJsonl#BATCH_CHARS} staged
 * characters: a parsed record is dropped once staged, so memory stays bounded as the reader's is.
 */
final class SerialRecords implements StagedRecords {
  private final RecordReader reader;
  private final Iterator<SourceRecord> records;
  private final RecordNormalizer normalizer;
  private long seq;

  /** {@code seq}: the order number before the file's first record. */
  SerialRecords(RecordReader reader, RecordNormalizer normalizer, long seq) {
    this.reader = reader;
    this.records = reader.iterator();
    this.normalizer = normalizer;
    this.seq = seq;
  }

  @Override
  public StagedBatch next() {
    if (!records.hasNext()) {
      return null;
    }
    StagedBatch.Builder batch = new StagedBatch.Builder(normalizer);
    while (batch.records() < ParallelJsonl.BATCH
        && batch.chars() < ParallelJsonl.BATCH_CHARS
        && records.hasNext()) {
      batch.add(records.next(), ++seq);
    }
    return batch.build();
  }

  @Override
  public List<String> warnings() {
    return reader.warnings();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
