package org.observatory.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that write snapshots into a database, creating the file
 * when it is missing (a picocli mixin): {@code ingest} and {@code update}.
 */
final class TargetDatabase {
  @Option(
      names = "--db",
      required = true,
      description = "DuckDB database file (created if missing).")
  Path db;

  /** The file as given. */
  Path path() {
    return db;
  }
}
