package org.observatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;
import org.observatory.store.DatabaseFile;

/**
 * Where a command writes its output ({@code --out}): never over a database (the one the command
 * reads, or any other DuckDB file) unless {@code --force} says so, never onto a folder; a missing
 * parent folder is created.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * Checks {@code out} before anything is written, and creates its parent folders.
   *
   * @param databases the databases the command uses (an output there would destroy one)
   */
  static void prepare(Path out, boolean force, List<Path> databases) {
    if (Files.isDirectory(out)) {
      throw new UsageException("--out " + out + " is a folder: name a file");
    }
    if (!force) {
      for (Path db : databases) {
        if (db != null && sameFile(out, db)) {
          throw new UsageException(
              "--out "
                  + out
                  + " is the database this command reads: writing there would destroy it"
                  + " (give --force to overwrite it anyway)");
        }
      }
      if (DatabaseFile.isDuckDb(out)) {
        throw new UsageException(
            "--out "
                + out
                + " is an existing DuckDB database: writing there would destroy it (give --force to"
                + " overwrite it anyway)");
      }
    }
    Path parent = out.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot create the folder " + parent + " for --out: " + e.getMessage(), e);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
