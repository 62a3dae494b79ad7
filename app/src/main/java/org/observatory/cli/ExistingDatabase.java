package org.observatory.cli;

import java.nio.file.Path;
import org.observatory.store.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that read or change a database (a picocli mixin): the
 * file must exist. {@code ingest} and {@code update} create it ({@link TargetDatabase}); {@code
 * report} and {@code origins} declare their own, optional, since {@code --parquet} or {@code
 * --check} do without it; {@code bench serve} serves a copy.
 */
final class ExistingDatabase {
  @Option(names = "--db", required = true, description = "DuckDB database file (must exist).")
  Path db;

  /** The file as given. */
  Path path() {
    return db;
  }

  /** Opens it read-only, so that an ingest can write to it beside this reader. */
  Store openReadOnly() {
    return Store.openReadOnly(db);
  }

  /** Opens it for a change (never creates it). */
  Store openForWriting() {
    return Store.openExisting(db);
  }
}
