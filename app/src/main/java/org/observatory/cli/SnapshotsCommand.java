package org.observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.observatory.model.UsageException;
import org.observatory.report.SnapshotsJson;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory snapshots}: the stored snapshots with dates, sources and counts. */
@Command(
    name = "snapshots",
    mixinStandardHelpOptions = true,
    description = {
      "Lists stored snapshots: counts, source files (sha256, and for fetched files the URL, fetch time"
          + " and ETag/Last-Modified), the sources an update missed, and the reference datasets."
    })
final class SnapshotsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase database;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw new UsageException("--format must be table or json, was " + format);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = database.openReadOnly()) {
      if (format.equals("json")) {
        try {
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValue(
                  out,
                  SnapshotsJson.all(store.snapshots(), store.datasets(), store.missingSources()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
      } else {
        Summaries summaries = new Summaries(out);
        summaries.snapshots(store.snapshots(), null);
        summaries.missing(store.missingSources());
        summaries.datasets(store.datasets());
      }
    }
    return ExitCodes.OK;
  }
}
