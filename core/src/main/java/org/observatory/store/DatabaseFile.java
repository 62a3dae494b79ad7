package org.observatory.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.observatory.model.UsageException;

/**
 * What a path given as a database holds, told from its first bytes. The store opens only DuckDB
 * files: DuckDB itself would open a SQLite file through an extension it downloads, or read a JSON,
 * CSV or Parquet file as a view that stores nothing, so every other file is a usage error that says
 * what the file is.
 */
public final class DatabaseFile {
  /** DuckDB's magic bytes, at offset 8 of its main header. */
  private static final byte[] DUCK = "DUCK".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private DatabaseFile() {}

  /**
   * The connection settings of every database the store opens: DuckDB never loads or installs an
   * extension by itself (it would download one from the network: only {@code fetch} uses it).
   */
  static Properties settings() {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    return p;
  }

  /** Whether {@code file} exists and starts like a DuckDB database. */
  public static boolean isDuckDb(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head = head(file);
    return head != null && head.length >= 12 && regionEquals(head, 8, DUCK);
  }

  /**
   * Fails with a usage error unless {@code file} is missing (a new database) or a DuckDB database;
   * the message says what it is instead.
   */
  static void requireDuckDbOrAbsent(Path file) {
    if (!Files.exists(file)) {
      return;
    }
    requireDuckDb(file);
  }

  /** Fails with a usage error unless {@code file} is a DuckDB database. */
  static void requireDuckDb(Path file) {
    if (!Files.exists(file)) {
      throw new UsageException("no database at " + file);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException(file + " is a folder, not a DuckDB database file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(file + " is not a regular file, so not a DuckDB database");
    }
    if (!isDuckDb(file)) {
      throw new UsageException(
          file + " is not a DuckDB database: " + describe(head(file)) + "; nothing was opened");
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(64);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** What the first bytes of a file say it is, in words. */
  static String describe(byte[] head) {
    if (head == null || head.length == 0) {
      return "the file is empty";
    }
    if (regionEquals(head, 0, SQLITE)) {
      return "it is a SQLite database";
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return "it is a Parquet file (data to ingest?)";
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return "it is gzip-compressed (data to ingest?)";
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      return "it holds JSON text (data to ingest?)";
    }
    boolean printable = true;
    for (byte b : head) {
      if (b == 0) {
        printable = false;
        break;
      }
    }
    return printable ? "it holds text (CSV, YAML or other data?)" : "its content is not DuckDB's";
  }

  private static boolean regionEquals(byte[] a, int offset, byte[] b) {
    if (a.length < offset + b.length) {
      return false;
    }
    for (int i = 0; i < b.length; i++) {
      if (a[offset + i] != b[i]) {
        return false;
      }
    }
    return true;
  }
}
