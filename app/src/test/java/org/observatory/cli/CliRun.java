package org.observatory.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.observatory.Main;

/** One CLI invocation with captured output, as a user would see it. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
