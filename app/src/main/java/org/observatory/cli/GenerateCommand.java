package org.observatory.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code observatory generate}: synthetic data whose statistics follow the real data. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes synthetic data fitted to real public data (deterministic for a seed).",
    subcommands = {GenerateHubCommand.class})
final class GenerateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
