package org.observatory.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code observatory bench}: benchmarks, run by hand (never as timed unit tests). The product never
 * depends on this package; the composition root ({@code Main}) adds the command.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks the Observatory on synthetic data.",
    subcommands = {
      BenchIngestCommand.class,
      BenchReportCommand.class,
      BenchServeCommand.class,
      BenchEnginesCommand.class
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
