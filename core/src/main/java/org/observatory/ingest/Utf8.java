package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.observatory.model.BadInputException;

/**
 * Text inputs are UTF-8, decoded strictly everywhere: a byte sequence that is not UTF-8 (an encoded
 * lone surrogate among them) fails the read instead of becoming U+FFFD. A byte order mark at the
 * start is accepted and skipped. When a read fails, the file is read again to say where.
 */
final class Utf8 {
  private static final int[] BOM = {0xEF, 0xBB, 0xBF};

  private Utf8() {}

  /** The length of a UTF-8 byte order mark at the start of {@code head}: 3 or 0. */
  static int byteOrderMark(byte[] head, int n) {
    if (n < 3) {
      return 0;
    }
    for (int i = 0; i < 3; i++) {
      if ((head[i] & 0xff) != BOM[i]) {
        return 0;
      }
    }
    return 3;
  }

  /** Skips a byte order mark at the current position of {@code in}. */
  static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    byte[] head = new byte[3];
    in.mark(3);
    int n = FormatDetector.readHead(in, head);
    in.reset();
    long skip = byteOrderMark(head, n);
    while (skip > 0) {
      skip -= in.skip(skip);
    }
  }

  /** Whether a failure was caused by bytes that are not UTF-8. */
  static boolean isDecodingFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /**
   * When {@code e} comes from bytes that are not UTF-8: bad input naming the file, the line and the
   * byte offset of the first such sequence.
   */
  static Optional<BadInputException> explain(DatasetFile file, Throwable e) {
    if (!isDecodingFailure(e)) {
      return Optional.empty();
    }
    long[] at = {0, 0};
    try (InputStream in = file.open()) {
      at = firstInvalid(in);
    } catch (IOException ignored) {
      // say what is known
    }
    return Optional.of(new BadInputException(file.name(), at[0], notUtf8(at[1]), e));
  }

  /** The message for a byte sequence that is not UTF-8 at a byte offset of the text. */
  static String notUtf8(long offset) {
    return "not UTF-8 text: an invalid byte sequence at byte "
        + String.format(java.util.Locale.ROOT, "%,d", offset)
        + " of the (decompressed) text; every text input must be UTF-8";
  }

  /** The 1-based line and the 0-based byte offset of the first byte sequence that is not UTF-8. */
  static long[] firstInvalid(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long consumed = 0;
    long line = 1;
    boolean end = false;
    while (true) {
      int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        end = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      int start = bytes.position();
      CoderResult r = decoder.decode(bytes, chars, end);
      for (int i = start; i < bytes.position(); i++) {
        if (bytes.get(i) == '\n') {
          line++;
        }
      }
      consumed += bytes.position() - start;
      chars.clear();
      if (r.isError()) {
        return new long[] {line, consumed};
      }
      if (end && !bytes.hasRemaining()) {
        return new long[] {line, consumed};
      }
      bytes.compact();
    }
  }
}
