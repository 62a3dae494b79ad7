package org.observatory.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.observatory.model.BadInputException;
import org.observatory.model.ObservatoryException;

/**
 * JSON Lines (one Hub model object per line; a line that is not a JSON object is an unreadable
 * record) read on the calling thread in batches of lines, parsed, normalised and staged as CSV rows
 * on worker threads, and handed back in file order. Parsing, normalising and writing the rows are
 * nearly all of an ingest's Java time; this way they run on every core beside the reading. At most
 * a few batches, and about {@link #AHEAD_CHARS} characters, are in flight, and no line is longer
 * than the record cap, so memory stays bounded whatever the file holds.
 */
final class ParallelJsonl implements StagedRecords {
  static final int BATCH = 2_048;

  /** A batch ends early past this many characters (a few very long lines make a batch). */
  static final int BATCH_CHARS = 8 << 20;

  /** No new batch is read while the batches in flight hold this many characters. */
  static final long AHEAD_CHARS = 64L << 20;

  private final LineReader in;
  private final String file;
  private final RecordNormalizer normalizer;
  private final JsonlFields fields;
  private final ExecutorService pool;
  private final int depth;
  private final ArrayDeque<Future<StagedBatch>> ahead = new ArrayDeque<>();
  private final ArrayDeque<Long> aheadChars = new ArrayDeque<>();
  private long queuedChars;
  private long line;
  private long seq;
  private boolean eof;

  /** {@code seq}: the order number before the file's first record. */
  ParallelJsonl(LineReader in, String file, RecordNormalizer normalizer, long seq) {
    this(
        in,
        file,
        normalizer,
        seq,
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  ParallelJsonl(LineReader in, String file, RecordNormalizer normalizer, long seq, int workers) {
    this.in = in;
    this.seq = seq;
    this.file = file;
    this.normalizer = normalizer;
    this.fields = new JsonlFields(normalizer);
    this.depth = 2 * workers + 1;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "ingest-parse-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public StagedBatch next() {
    fill();
    Future<StagedBatch> batch = ahead.poll();
    if (batch == null) {
      return null;
    }
    queuedChars -= aheadChars.poll();
    try {
      return batch.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new ObservatoryException("cannot parse " + file + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObservatoryException("interrupted while reading " + file, e);
    }
  }

  private void fill() {
    while (!eof && ahead.size() < depth && (ahead.isEmpty() || queuedChars < AHEAD_CHARS)) {
      List<String> texts = new ArrayList<>(BATCH);
      long[] lines = new long[BATCH];
      long chars = 0;
      try {
        String text = null;
        while (texts.size() < BATCH && chars < BATCH_CHARS && (text = in.readLine()) != null) {
          line++;
          if (!text.isBlank()) {
            lines[texts.size()] = line;
            texts.add(text);
            chars += text.length();
          }
        }
        eof = text == null;
      } catch (RecordTooLargeException e) {
        throw new BadInputException(file, line + 1, e.getMessage(), e);
      } catch (IOException | UncheckedIOException e) {
        throw new BadInputException(file, line + 1, "cannot read: " + e.getMessage(), e);
      }
      if (!texts.isEmpty()) {
        long first = seq;
        seq += texts.size();
        ahead.add(pool.submit(() -> stage(texts, lines, first)));
        aheadChars.add(chars);
        queuedChars += chars;
      }
    }
  }

  private StagedBatch stage(List<String> texts, long[] lines, long first) {
    StagedBatch.Builder batch = new StagedBatch.Builder(normalizer);
    for (int i = 0; i < texts.size(); i++) {
      batch.add(fields.parse(lines[i], texts.get(i)), first + i + 1);
    }
    return batch.build();
  }

  /**
   * One non-blank line as a record: its whole object as a tree, or why it is unreadable (the
   * reference {@link JsonlFields} agrees with, and its reader of lines that are not objects).
   */
  static SourceRecord parse(long line, String text) {
    try {
      JsonNode node = Json.ONE_VALUE.readTree(text);
      if (node instanceof ObjectNode obj) {
        return SourceRecord.of(line, obj);
      }
      return SourceRecord.unreadable(line, "not a JSON object");
    } catch (JsonProcessingException e) {
      return SourceRecord.unreadable(line, Json.problem(e));
    }
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    in.close();
  }
}
