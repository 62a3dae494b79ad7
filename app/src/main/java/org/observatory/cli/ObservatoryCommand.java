package org.observatory.cli;

import java.io.PrintWriter;
import java.util.Map;
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
      UpdateCommand.class,
      IngestCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      ClaimsCommand.class,
      OriginsCommand.class,
      SnapshotsCommand.class,
      DeleteCommand.class,
      ExportCommand.class,
      ServeCommand.class
    })
public final class ObservatoryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The environment the commands read: {@code COLUMNS} and the access-token variables. */
  private final Map<String, String> environment;

  private ObservatoryCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configured command line with the process's environment: the product's commands, then the
   * {@code tools} the composition root adds (the benchmarks, which the product itself never depends
   * on), {@code generate}, {@code help} and {@code generate-completion}; output streams, exit codes
   * and error handling for all.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... tools) {
    return commandLine(out, err, System.getenv(), tools);
  }

  /** The configured command line, reading {@code env} as its environment. */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Map<String, String> env, Object... tools) {
    CommandLine cl = new CommandLine(new ObservatoryCommand(env));
    for (Object tool : tools) {
      cl.addSubcommand(tool);
    }
    cl.addSubcommand(new GenerateCommand());
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.addSubcommand(new picocli.AutoComplete.GenerateCompletion());
    // every setting below reaches the subcommands added so far, so they are all added first
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(new ExitCodes());
    cl.setExecutionExceptionHandler(new ExitCodes.Handler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    cl.registerConverter(java.time.LocalDate.class, ObservatoryCommand::date);
    cl.setParameterExceptionHandler(ObservatoryCommand::usageError);
    HelpTexts.apply(cl);
    return cl;
  }

  /**
   * The variable {@code name} of the environment the command line was built with (the process's,
   * unless a test gave another), or null.
   */
  static String environment(CommandLine.Model.CommandSpec spec, String name) {
    return spec.root().userObject() instanceof ObservatoryCommand root
        ? root.environment.get(name)
        : System.getenv(name);
  }

  /** A date option's value: YYYY-MM-DD, else one line saying what was expected. */
  static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected YYYY-MM-DD, got " + text);
    }
  }

  /**
   * A command line that cannot be parsed (an unknown option, a missing or malformed value): one
   * line saying what is wrong and where the help is, exit code 2; never the whole usage text.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    err.println(
        "error: "
            + Printable.of(e.getMessage())
            + " (see: "
            + c.getCommandSpec().qualifiedName(" ")
            + " --help)");
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.flush();
    return ExitCodes.USAGE;
  }
}
