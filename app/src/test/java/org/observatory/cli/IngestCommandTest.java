package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.HubRecordGenerator;

/** {@code ingest} then {@code snapshots} on a generated Hub file, as the benchmark's data would be used by hand. */
class IngestCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ObservatoryCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void ingestsAGeneratedHubFileAndListsTheSnapshot() throws IOException {
    Path file = new HubRecordGenerator(11).write(dir.resolve("hub.jsonl"), 500).path();
    String db = dir.resolve("obs.duckdb").toString();

    int code = run("ingest", "--db", db, "--snapshot", "2025-10-01", "--format", "hub-jsonl", file.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Ingested 1 file(s): 500 records read, 500 stored, 0 skipped")
        .containsPattern("hub\\.jsonl +2025-10-01 +hub-jsonl +500 +500 +0 ");
    out.getBuffer().setLength(0);
    assertThat(run("snapshots", "--db", db)).isZero();
    assertThat(out.toString()).containsPattern("2025-10-01 +500 ").contains("source hub.jsonl");
  }

  @Test
  void rejectsAnUnknownFormat() {
    assertThat(run("ingest", "--db", "x.duckdb", "--format", "xml", "a.json")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown format 'xml'");
  }
}
