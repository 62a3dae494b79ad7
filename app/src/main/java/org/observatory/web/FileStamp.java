package org.observatory.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a look at a DuckDB file and its write-ahead log tells without opening them (so without
 * taking the file's lock): sizes and modification times. A writer that commits changes one of them.
 *
 * @param size bytes of the database file, -1 when missing
 * @param modified its modification time in milliseconds
 * @param walSize bytes of {@code FILE.wal}, -1 when there is none (a writer checkpoints it away)
 * @param walModified its modification time in milliseconds, 0 when there is none
 */
record FileStamp(long size, long modified, long walSize, long walModified) {
  static FileStamp of(Path file) {
    long[] db = attributes(file);
    long[] wal = attributes(file.resolveSibling(file.getFileName() + ".wal"));
    return new FileStamp(db[0], db[1], wal[0], wal[1]);
  }

  private static long[] attributes(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return new long[] {a.size(), a.lastModifiedTime().toMillis()};
    } catch (NoSuchFileException e) {
      return new long[] {-1, 0};
    } catch (IOException e) {
      return new long[] {-2, 0};
    }
  }
}
