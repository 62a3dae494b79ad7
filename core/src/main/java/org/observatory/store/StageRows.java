package org.observatory.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.observatory.model.ModelRecord;
import org.observatory.model.ParentEdge;

/**
 * One batch of normalised records and their edges, written by one thread (an ingest's parse worker)
 * as the CSV text that {@link StagingFile} hands to DuckDB's parallel CSV reader. Every text value
 * is quoted (a quote doubled inside), so that an empty text stays apart from a missing one (an
 * empty unquoted field); numbers are plain; instants are microseconds since the epoch, UTC.
 *
 * <p>Why CSV: the row Appender this replaced was fed by one thread, one JNI call per text value,
 * and that thread bounded the ingest while the parse workers idled; Arrow record batches through
 * the JDBC driver's Arrow stream took about a fifth more CPU than CSV text written by the workers
 * and read back by {@code read_csv} (SCALING.md has the figures).
 */
public final class StageRows {
  private static final char TAG_SEPARATOR = '\u001f';

  private StringBuilder models = new StringBuilder(1 << 16);
  private StringBuilder edges = new StringBuilder(1 << 10);
  private byte[] modelBytes;
  private byte[] edgeBytes;
  private int rows;
  private long longestRow;

  /** Stages one record; {@code seq} orders records read later after earlier ones. */
  public void model(long seq, ModelRecord r) {
    int start = models.length();
    models.append(seq).append(',');
    text(models, r.id().value());
    text(models, r.author());
    instant(models, r.createdAt());
    instant(models, r.lastModified());
    number(models, r.downloads());
    number(models, r.downloadsAllTime());
    number(models, r.likes());
    text(models, r.license());
    text(models, r.licenseName());
    text(models, r.licenseLink());
    text(models, r.pipelineTag());
    text(models, r.libraryName());
    text(models, joinTags(r.tags()));
    if (r.parameters() != null) {
      models.append(r.parameters().longValue());
    }
    models.append('\n');
    ended(models.length() - start);
  }

  /** Stages one parent edge. */
  public void edge(ParentEdge e) {
    int start = edges.length();
    text(edges, e.child().value());
    text(edges, e.parent().value());
    text(edges, e.relation().key());
    quoted(edges, e.source());
    edges.append('\n');
    ended(edges.length() - start);
  }

  /** Rows staged so far, models and edges. */
  public int rows() {
    return rows;
  }

  /** Characters of CSV text staged so far (the batch's memory, about). */
  public long chars() {
    return modelBytes == null ? models.length() + edges.length() : modelBytes.length;
  }

  /**
   * Encodes the text as UTF-8 and drops the builders: done by the thread that wrote the rows, so
   * that the thread writing the staging file only copies bytes. Later rows are not allowed.
   */
  public void seal() {
    if (modelBytes == null) {
      modelBytes = models.toString().getBytes(StandardCharsets.UTF_8);
      edgeBytes = edges.toString().getBytes(StandardCharsets.UTF_8);
      models = null;
      edges = null;
    }
  }

  byte[] modelBytes() {
    seal();
    return modelBytes;
  }

  byte[] edgeBytes() {
    seal();
    return edgeBytes;
  }

  /** The longest row in UTF-8 bytes, at most (three per UTF-16 character). */
  long longestRowBytes() {
    return 3 * longestRow;
  }

  private void ended(int chars) {
    rows++;
    longestRow = Math.max(longestRow, chars);
  }

  private static void text(StringBuilder b, String v) {
    if (v != null) {
      quoted(b, v);
    }
    b.append(',');
  }

  private static void quoted(StringBuilder b, String v) {
    b.append('"');
    if (v.indexOf('"') < 0) {
      b.append(v);
    } else {
      b.append(v.replace("\"", "\"\""));
    }
    b.append('"');
  }

  private static void number(StringBuilder b, Long v) {
    if (v != null) {
      b.append(v.longValue());
    }
    b.append(',');
  }

  private static void instant(StringBuilder b, Instant t) {
    if (t != null) {
      b.append(t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000);
    }
    b.append(',');
  }

  /**
   * The tags as one text, joined by U+001F (split again by the merge SQL); a tag holding that
   * control character has it replaced by a space.
   */
  static String joinTags(List<String> tags) {
    StringBuilder joined = new StringBuilder();
    for (String tag : tags) {
      if (joined.length() > 0) {
        joined.append(TAG_SEPARATOR);
      }
      joined.append(tag.indexOf(TAG_SEPARATOR) >= 0 ? tag.replace(TAG_SEPARATOR, ' ') : tag);
    }
    return joined.toString();
  }
}
