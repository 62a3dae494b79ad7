package org.observatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command that writes a database creates, so that a failed call removes it again: the
 * database file and its write-ahead log when they did not exist before, and the folders made for
 * them. A failed first ingest into a new path then leaves nothing behind (not a schema-only
 * database that later reads as an empty one). Call {@link #keep()} on success.
 */
final class CreatedFiles implements AutoCloseable {
  private final List<Path> files = new ArrayList<>();
  private final List<Path> folders = new ArrayList<>();
  private boolean kept;

  private CreatedFiles() {}

  /** Nothing to remove (an in-memory database). */
  static CreatedFiles none() {
    return new CreatedFiles();
  }

  /** Notes which of {@code db}, its {@code .wal} and its folders do not exist yet. */
  static CreatedFiles forDatabase(Path db) {
    CreatedFiles c = new CreatedFiles();
    Path absolute = db.toAbsolutePath();
    String name = absolute.getFileName().toString();
    for (Path f :
        List.of(
            absolute,
            absolute.resolveSibling(name + ".wal"),
            absolute.resolveSibling(name + ".tmp"))) {
      if (!Files.exists(f)) {
        c.files.add(f);
      }
    }
    for (Path dir = absolute.getParent();
        dir != null && !Files.exists(dir);
        dir = dir.getParent()) {
      c.folders.add(dir);
    }
    return c;
  }

  /** The call succeeded: keep what it made. */
  void keep() {
    kept = true;
  }

  /** Removes what did not exist before, unless kept (the database must be closed first). */
  @Override
  public void close() {
    if (kept) {
      return;
    }
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        // left behind; the error that failed the call is the one to report
      }
    }
    for (Path dir : folders) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // not empty, or not ours to remove
      }
    }
  }
}
