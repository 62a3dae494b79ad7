package org.observatory.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory snapshots}: the stored snapshots with dates, sources and counts. */
@Command(
    name = "snapshots",
    mixinStandardHelpOptions = true,
    description = "Lists stored snapshots.")
final class SnapshotsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", required = true, description = "DuckDB database file.")
  Path db;

  @Override
  public Integer call() {
    try (Store store = Store.openReadOnly(db)) {
      Summaries summaries = new Summaries(spec.commandLine().getOut());
      summaries.snapshots(store.snapshots(), null);
      summaries.datasets(store.datasets());
    }
    return ExitCodes.OK;
  }
}
