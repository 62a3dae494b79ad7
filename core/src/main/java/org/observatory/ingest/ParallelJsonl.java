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
 * record) read on the calling thread in batches of lines, parsed and normalised on worker threads,
 * and handed back in file order. Parsing is most of an ingest's Java time; this way it runs beside
 * the store's appending of the batches before it (and on more cores, beside itself). At most a few
 * batches, and about {@link #AHEAD_CHARS} characters, are in flight, and no line is longer than the
 * record cap, so memory stays bounded whatever the file holds.
 */
final class ParallelJsonl implements AutoCloseable {
  static final int BATCH = 2_048;

  /** A batch ends early past this many characters (a few very long lines make a batch). */
  static final int BATCH_CHARS = 8 << 20;

  /** No new batch is read while the batches in flight hold this many characters. */
  static final long AHEAD_CHARS = 64L << 20;

  /** One line made usable, or the reason it is not ({@code normalized} then null). */
  record Parsed(long line, String unreadable, Normalized normalized) {}

  private final LineReader in;
  private final String file;
  private final RecordNormalizer normalizer;
  private final ExecutorService pool;
  private final int depth;
  private final ArrayDeque<Future<List<Parsed>>> ahead = new ArrayDeque<>();
  private final ArrayDeque<Long> aheadChars = new ArrayDeque<>();
  private long queuedChars;
  private long line;
  private boolean eof;

  ParallelJsonl(LineReader in, String file, RecordNormalizer normalizer) {
    this(
        in, file, normalizer, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  ParallelJsonl(LineReader in, String file, RecordNormalizer normalizer, int workers) {
    this.in = in;
    this.file = file;
    this.normalizer = normalizer;
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

  /** The next batch, in file order; null after the last. */
  List<Parsed> next() {
    fill();
    Future<List<Parsed>> batch = ahead.poll();
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
        ahead.add(pool.submit(() -> parse(texts, lines)));
        aheadChars.add(chars);
        queuedChars += chars;
      }
    }
  }

  private List<Parsed> parse(List<String> texts, long[] lines) {
    List<Parsed> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      SourceRecord r = parse(lines[i], texts.get(i));
      out.add(
          r.isReadable()
              ? new Parsed(r.line(), null, normalizer.normalize(r))
              : new Parsed(r.line(), r.unreadable(), null));
    }
    return out;
  }

  /** One non-blank line as a record: its object, or why it is unreadable. */
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
