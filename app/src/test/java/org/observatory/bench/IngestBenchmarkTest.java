package org.observatory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.HubRecordGenerator;

/** Both loads of the ingest benchmark read every line of the same file, run after run. */
class IngestBenchmarkTest {
  @TempDir Path dir;

  @Test
  void duckDbsOwnReaderAndTheObservatoryLoadEveryLineAgainAndAgain() throws IOException {
    Path file = new HubRecordGenerator(3).write(dir.resolve("hub.jsonl"), 1_200).path();
    IngestBenchmark bench = new IngestBenchmark(dir, file);

    assertThat(bench.duckdb().rows()).isEqualTo(1_200);
    assertThat(bench.duckdb().rows()).as("a second run into a fresh file").isEqualTo(1_200);
    EngineRun observatory = bench.observatory();
    assertThat(observatory.rows()).isEqualTo(1_200);
    assertThat(observatory.detail()).startsWith("1,200 read, 1,200 stored, 0 skipped");
  }
}
