package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.observatory.model.BadInputException;

/**
 * One input file of a reference dataset: its path, the name used in messages and the store, and the
 * longest text read from it (such files are read whole).
 */
public record DatasetFile(Path path, String name, long maxChars) {
  public DatasetFile(Path path, String name) {
    this(path, name, RecordLimit.DEFAULT);
  }

  /** The file's bytes, decompressed when gzip-compressed, without a UTF-8 byte order mark. */
  public InputStream open() throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    BufferedInputStream text =
        b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in;
    Utf8.skipByteOrderMark(text);
    return text;
  }

  /**
   * The file's text, decoded strictly as UTF-8 (an invalid byte fails the read, never becomes
   * U+FFFD) and no longer than {@link #maxChars} (a longer file fails the read): a reader that
   * parsers read whole.
   */
  public Reader reader() throws IOException {
    return new RecordLimit(
        new InputStreamReader(open(), StandardCharsets.UTF_8.newDecoder()), maxChars);
  }

  /** The whole text, as {@link #reader()} reads it; bad input naming the file when it cannot. */
  public String text() {
    StringBuilder out = new StringBuilder();
    char[] buf = new char[1 << 14];
    try (Reader in = reader()) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return out.toString();
  }

  /**
   * What a read failure of this file means, as bad input naming the file: invalid UTF-8 at a line,
   * a file past the size cap, or why it could not be read.
   */
  public BadInputException failure(Throwable e) {
    return Utf8.explain(this, e)
        .orElseGet(
            () -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RecordTooLargeException big) {
                  return new BadInputException(name, 0, "the file holds " + big.getMessage());
                }
              }
              Throwable root = e;
              while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
              }
              return new BadInputException(name, 0, "cannot read: " + root.getMessage(), e);
            });
  }
}
