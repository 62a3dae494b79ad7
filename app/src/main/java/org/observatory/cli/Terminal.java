package org.observatory.cli;

import org.observatory.report.TableReport;
import picocli.CommandLine;

/** The width to fit text output to: {@code COLUMNS}, else the terminal's, else 120. */
final class Terminal {
  private static final int NARROWEST = 40;

  private Terminal() {}

  /** The width for a command: its environment's {@code COLUMNS}, else the terminal's, else 120. */
  static int width(CommandLine.Model.CommandSpec spec) {
    String columns = ObservatoryCommand.environment(spec, "COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      return Math.max(NARROWEST, Integer.parseInt(columns));
    }
    if (System.console() != null) {
      // picocli asks the terminal (stty/tput/mode con) and falls back to 80
      CommandLine.Model.UsageMessageSpec usage = new CommandLine.Model.UsageMessageSpec();
      usage.autoWidth(true);
      return Math.max(NARROWEST, usage.width());
    }
    return TableReport.DEFAULT_WIDTH;
  }
}
