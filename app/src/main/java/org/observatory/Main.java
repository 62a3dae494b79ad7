package org.observatory;

import java.io.PrintWriter;
import org.observatory.bench.BenchCommand;
import org.observatory.cli.ObservatoryCommand;
import picocli.CommandLine;

/** Composition root: builds the command line and maps its outcome to the process exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The whole command line: the product's commands and the benchmarks ({@code bench}). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return ObservatoryCommand.commandLine(out, err, new BenchCommand());
  }

  /**
   * Runs one command with the given streams and returns its exit code (0 ok, 1 failure, 2 usage, 3
   * bad input).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "error: out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g. -Xmx4g");
      err.flush();
      return 1;
    }
  }
}
