package org.observatory.cli;

import org.observatory.model.BadInputException;
import org.observatory.model.UsageException;
import picocli.CommandLine;

/** The one place exceptions become exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;

  @Override
  public int getExitCode(Throwable t) {
    if (t instanceof BadInputException) {
      return BAD_INPUT;
    }
    if (t instanceof UsageException || t instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FAILURE;
  }

  /**
   * Prints a one-line message for domain failures and for input/output errors (a file that cannot
   * be written, a full disk); a stack trace only for bugs. Text from outside (file names, values)
   * is printed with its control characters escaped.
   */
  static final class Handler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
      if (ex instanceof org.observatory.model.ObservatoryException) {
        cmd.getErr().println("error: " + Printable.of(ex.getMessage()));
      } else if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("error: " + Printable.of(ioMessage(ex)));
      } else {
        cmd.getErr().println("internal error: " + ex);
        ex.printStackTrace(cmd.getErr());
      }
      cmd.getErr().flush();
      return cmd.getExitCodeExceptionMapper().getExitCode(ex);
    }

    private static String ioMessage(Exception ex) {
      Throwable t = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
      if (t instanceof java.nio.file.NoSuchFileException n) {
        return "no such file or folder: " + n.getFile();
      }
      if (t instanceof java.nio.file.AccessDeniedException a) {
        return "permission denied: " + a.getFile();
      }
      if (t instanceof java.nio.file.FileSystemException f) {
        return f.getFile() + ": " + f.getReason();
      }
      return "input/output error: " + t.getMessage();
    }
  }
}
