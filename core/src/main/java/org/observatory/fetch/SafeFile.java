package org.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.observatory.model.ObservatoryException;

/**
 * How a fetched file is written: into a hidden temporary file beside it ({@code .NAME.part}), moved
 * over the target in one rename when complete, and not at all when the target already holds the
 * same bytes. So a cut-off download never replaces a good file, and a reader of the folder never
 * sees half a file ({@code ingest} skips hidden files).
 */
final class SafeFile {
  private SafeFile() {}

  /** Where {@code target} is written until complete. */
  static Path partOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part");
  }

  /** Length and SHA-256 (hex) of a file. */
  static Placed digest(Path file) {
    MessageDigest sha = sha256();
    long bytes;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      bytes = in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new ObservatoryException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new Placed(bytes, HexFormat.of().formatHex(sha.digest()), false);
  }

  /**
   * Moves the complete temporary file over {@code target}, unless {@code target} holds the same
   * bytes already: then the temporary file is deleted and {@code target} is left as it was.
   */
  static Placed place(Path temp, Path target) {
    Placed fresh = digest(temp);
    try {
      if (Files.isRegularFile(target)) {
        Placed old = digest(target);
        if (old.sha256().equals(fresh.sha256())) {
          Files.delete(temp);
          return old;
        }
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ObservatoryException("cannot write " + target + ": " + e.getMessage(), e);
    }
    return new Placed(fresh.bytes(), fresh.sha256(), true);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ObservatoryException("no SHA-256 in this JVM", e);
    }
  }

  /**
   * A file's length and SHA-256, and whether placing it changed the target.
   *
   * @param changed true when the target was written; false when it already held these bytes
   */
  record Placed(long bytes, String sha256, boolean changed) {}
}
