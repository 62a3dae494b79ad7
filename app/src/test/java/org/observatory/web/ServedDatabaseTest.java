package org.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.model.ObservatoryException;
import org.observatory.store.Store;

/**
 * The served copy: the file is not held open (a writer can open it while it is served), a change of
 * the file gives a new copy, and requests that hold the old copy finish on it.
 */
class ServedDatabaseTest {
  @TempDir Path dir;

  @Test
  void aChangedFileIsCopiedAgainWhileRequestsOnTheOldCopyFinish() throws Exception {
    ServedDemo.CliResult demo = ServedDemo.cli("demo", "--out", dir.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Path db = dir.resolve("observatory.duckdb");
    Path extra = dir.resolve("extra.csv");
    Files.writeString(extra, "id,author,downloads\nacme/one,acme,5\nacme/two,acme,7\n");

    try (ServedDatabase served = ServedDatabase.open(db, Duration.ofMillis(1))) {
      assertThat(served.refresh()).as("nothing changed").isFalse();
      try (Lease old = served.lease()) {
        ServedDemo.CliResult ingest =
            ServedDemo.cli(
                "ingest", "--db", db.toString(), "--snapshot", "2026-01-01", extra.toString());
        assertThat(ingest.exitCode()).as("the served file is writable: " + ingest.err()).isZero();

        assertThat(served.refresh()).isTrue();
        assertThat(served.status().snapshots()).contains(LocalDate.of(2026, 1, 1));
        assertThat(served.status().generation()).isEqualTo(2);
        assertThat(old.generation().snapshots()).hasSize(2);
        try (Store s = old.generation().session()) {
          assertThat(s.snapshots()).as("the old copy still answers").hasSize(2);
        }
      }
      try (Lease now = served.lease()) {
        assertThat(now.generation().number()).isEqualTo(2);
        assertThat(now.generation().latest()).contains(LocalDate.of(2026, 1, 1));
      }
    }
  }

  @Test
  void aMissingFileIsAnError() {
    assertThatThrownBy(() -> ServedDatabase.open(dir.resolve("none.duckdb"), Duration.ofSeconds(1)))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("no database at");
  }

  @Test
  void aClosedGenerationCannotBeTakenAgain() {
    Generation g =
        new Generation(
            1, Store.inMemory(), java.util.List.of(), FileStamp.of(dir), java.time.Instant.now());
    assertThat(g.acquire()).isTrue();
    g.release();
    g.release();

    assertThat(g.acquire()).isFalse();
  }

  @Test
  void memoComputesOnceAndForgetsFailures() {
    Generation g =
        new Generation(
            1, Store.inMemory(), java.util.List.of(), FileStamp.of(dir), java.time.Instant.now());
    int[] calls = {0};
    assertThatThrownBy(
            () ->
                g.memo(
                    "k",
                    () -> {
                      calls[0]++;
                      throw new IllegalStateException("first fails");
                    }))
        .hasMessage("first fails");
    assertThat((String) g.memo("k", () -> "v" + ++calls[0])).isEqualTo("v2");
    assertThat((String) g.memo("k", () -> "v" + ++calls[0])).isEqualTo("v2");
    g.release();
  }
}
