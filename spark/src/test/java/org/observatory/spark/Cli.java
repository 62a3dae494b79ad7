package org.observatory.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.observatory.Main;

/** One run of the command line in this JVM (with the Spark engine on the class path). */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }
}
