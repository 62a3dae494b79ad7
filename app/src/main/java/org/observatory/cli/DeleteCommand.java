package org.observatory.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.observatory.model.UsageException;
import org.observatory.store.Deletion;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory delete}: removes one snapshot, or every row of one reference-dataset file, in
 * one transaction; asks first unless {@code --yes}.
 */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Removes one stored snapshot (its models, edges, sources and dirt counts) or every row of one",
      "reference-dataset file (usage, prices, openness, Epoch), in one transaction: all of it or",
      "nothing. Asks for confirmation on a terminal; --yes deletes without asking (scripts)."
    })
final class DeleteCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase database;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** One of the two things that can be deleted. */
  static final class Target {
    @Option(names = "--snapshot", description = "The snapshot date YYYY-MM-DD to delete.")
    LocalDate snapshot;

    @Option(
        names = "--dataset",
        paramLabel = "FILE",
        description =
            "The reference-dataset file to delete, by name as `snapshots` lists it (a path's file"
                + " name is used).")
    String dataset;
  }

  @Option(names = "--yes", description = "Delete without asking.")
  boolean yes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = database.openForWriting()) {
      String what;
      String script;
      Object param;
      if (target.snapshot != null) {
        SnapshotInfo s = store.snapshot(target.snapshot);
        what = describe(s);
        script = "delete_snapshot";
        param = s.date();
      } else {
        String name = Path.of(target.dataset).getFileName().toString();
        what = describeDataset(store, name);
        script = "delete_dataset";
        param = name;
      }
      if (!confirmed(what)) {
        out.println("Nothing deleted.");
        out.flush();
        return ExitCodes.OK;
      }
      Map<String, Long> deleted = new Deletion(store).run(script, param);
      out.println("Deleted " + Printable.of(what) + ".");
      out.println(
          "  rows removed: "
              + deleted.entrySet().stream()
                  .filter(e -> e.getValue() > 0)
                  .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                  .collect(Collectors.joining(", ")));
      new Summaries(out).snapshots(store.snapshots(), null);
    }
    return ExitCodes.OK;
  }

  private static String describe(SnapshotInfo s) {
    return String.format(
        Locale.ROOT,
        "snapshot %s (%,d models, %,d edges, from %s)",
        s.date(),
        s.models(),
        s.edges(),
        s.sources().stream()
            .map(SourceFile::fileName)
            .distinct()
            .collect(Collectors.joining(", ")));
  }

  private static String describeDataset(Store store, String name) {
    List<Map<String, Object>> all = store.datasets();
    List<Map<String, Object>> rows =
        all.stream().filter(d -> name.equals(d.get("file_name"))).toList();
    if (rows.isEmpty()) {
      throw new UsageException(
          "no reference-dataset file named "
              + name
              + " in "
              + store.location()
              + "; stored: "
              + all.stream().map(d -> String.valueOf(d.get("file_name"))).toList());
    }
    return "dataset file "
        + name
        + " ("
        + rows.stream()
            .map(
                d ->
                    String.format(
                        Locale.ROOT,
                        "%s, %,d records",
                        d.get("format"),
                        ((Number) d.get("records")).longValue()))
            .collect(Collectors.joining("; "))
        + ")";
  }

  /** True with --yes, or when the person at the terminal says yes. */
  private boolean confirmed(String what) {
    if (yes) {
      return true;
    }
    Console console = System.console();
    if (console == null) {
      throw new UsageException(
          "delete asks for confirmation, and there is no terminal to ask on: give --yes to delete "
              + Printable.of(what)
              + " without asking");
    }
    String answer = console.readLine("Delete %s? [y/N] ", Printable.of(what));
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
  }
}
