package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}'s options: loopback and port 8080 by default; bad options are usage errors. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void listensOnLoopbackPort8080ByDefault() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--db", "x.duckdb");

    assertThat(serve.host).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
    assertThat(serve.pollMillis).isEqualTo(1000);
  }

  @Test
  void aMissingDatabaseIsAUsageErrorWithAMessage() {
    CliRun run = CliRun.of("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no database at");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--db", "x.duckdb", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void benchServeChecksItsCounts() {
    CliRun run = CliRun.of("bench", "serve", "--db", "x.duckdb", "--requests", "0");

    assertThat(run.exitCode()).isEqualTo(2);
  }
}
