package org.observatory.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.observatory.Main;

/** One CLI invocation with captured output, as a user would see it. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return in(System.getenv(), args);
  }

  /** The invocation with these variables added to (or replacing those of) the environment. */
  static CliRun withEnv(Map<String, String> variables, String... args) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(variables);
    return in(env, args);
  }

  private static CliRun in(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
