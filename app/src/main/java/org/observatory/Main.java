package org.observatory;

import java.io.PrintWriter;
import java.util.Map;
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
    return commandLine(out, err, System.getenv());
  }

  /** The whole command line, reading {@code env} as its environment. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return ObservatoryCommand.commandLine(out, err, env, new BenchCommand());
  }

  /**
   * Runs one command with the given streams and returns its exit code (0 ok, 1 failure, 2 usage, 3
   * bad input).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /**
   * Runs one command as {@link #run(PrintWriter, PrintWriter, String...)} does, with {@code env} as
   * the environment it reads ({@code COLUMNS}, the access tokens) instead of the process's.
   */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    try {
      return commandLine(out, err, env).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "error: out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g. -Xmx4g");
      err.flush();
      return 1;
    }
  }
}
