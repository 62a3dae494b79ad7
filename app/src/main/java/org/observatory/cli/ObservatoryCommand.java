package org.observatory.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code observatory} root command. */
@Command(
    name = "observatory",
    mixinStandardHelpOptions = true,
    version = org.observatory.model.Release.TEXT,
    description =
        "Measures who leads open-source AI from real public data, as dated, explainable figures.",
    subcommands = {
      DemoCommand.class,
      FetchCommand.class,
      IngestCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      ClaimsCommand.class,
      OriginsCommand.class,
      SnapshotsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ObservatoryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line: output streams, exit codes and error handling. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ObservatoryCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(new ExitCodes());
    cl.setExecutionExceptionHandler(new ExitCodes.Handler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
