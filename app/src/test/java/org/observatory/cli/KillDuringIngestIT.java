package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.DatabaseDump;
import org.observatory.testing.SharedData;

/**
 * kill -9 during an ingest (issue 12): a database holding a real snapshot gets a 300,000-record
 * generated snapshot from {@code observatory ingest} in another JVM, which is killed (SIGKILL) at
 * points spread over the whole ingest, from reading through the final merge and commit. Every time,
 * the database must open and hold exactly the last complete state: the real snapshot alone (killed
 * before the commit) or with the whole new snapshot (killed after it), never part of it. {@code
 * -Dkill.records=N} and {@code -Dkill.kills=K} change the size and the number of kills.
 */
class KillDuringIngestIT {
  private static final int RECORDS = Integer.getInteger("kill.records", 300_000);
  private static final int KILLS = Integer.getInteger("kill.kills", 10);

  /** When each ingest ran: the one column two ingests of the same file may differ in. */
  private static final java.util.Set<String> IGNORED = java.util.Set.of("ingested_at");

  @TempDir Path dir;

  @Test
  void theDatabaseOpensAtTheLastCompleteSnapshotAfterEveryKill() throws Exception {
    Path hub = dir.resolve("hub-2025-10-01.jsonl");
    CliRun gen =
        CliRun.of(
            "generate",
            "hub",
            "--models",
            String.valueOf(RECORDS),
            "--seed",
            "12",
            "--out",
            hub.toString());
    assertThat(gen.exitCode()).as(gen.err()).isZero();

    Path seed = dir.resolve("seed.duckdb");
    CliRun real =
        CliRun.of(
            "ingest",
            "--db",
            seed.toString(),
            SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                .toString());
    assertThat(real.exitCode()).as(real.err()).isZero();
    Map<String, String> before = DatabaseDump.of(seed, IGNORED);

    Path complete = copy(seed, "complete.duckdb");
    long start = System.nanoTime();
    Process whole = ingest(complete, hub);
    assertThat(whole.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(whole.exitValue()).as(log(complete)).isZero();
    long wholeNanos = System.nanoTime() - start;
    Map<String, String> after = DatabaseDump.of(complete, IGNORED);
    assertThat(after).isNotEqualTo(before);
    assertThat(after.get("models")).startsWith(String.valueOf(RECORDS + modelsIn(before)) + ":");

    Random random = new Random(20261207);
    List<String> outcomes = new ArrayList<>();
    int kills = 0;
    int attempt = 0;
    while (kills < KILLS) {
      attempt++;
      assertThat(attempt).as("kills that came too late: " + outcomes).isLessThan(KILLS * 3);
      Path db = copy(seed, "kill-" + attempt + ".duckdb");
      long delay = (long) (wholeNanos * (kills + random.nextDouble()) / KILLS);
      long started = System.nanoTime();
      Process p = ingest(db, hub);
      boolean ended = p.waitFor(delay, TimeUnit.NANOSECONDS);
      if (ended) {
        // the machine runs the ingest faster than when it was timed (shared machines vary): spread
        // the remaining kills over the shortest whole run seen, and try this one again
        long took = System.nanoTime() - started;
        wholeNanos = Math.min(wholeNanos, took);
        outcomes.add(String.format("%.1fs: ended first (after %.1fs)", delay / 1e9, took / 1e9));
        continue;
      }
      p.destroyForcibly();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      kills++;

      Map<String, String> found = DatabaseDump.of(db, IGNORED);
      assertThat(found)
          .as("after a kill at %.2f s of %.2f s", delay / 1e9, wholeNanos / 1e9)
          .isIn(before, after);
      outcomes.add(
          String.format(
              "%.1fs: %s", delay / 1e9, found.equals(before) ? "as before" : "whole snapshot"));
      CliRun listing = CliRun.of("snapshots", "--db", db.toString());
      assertThat(listing.exitCode()).as(listing.err()).isZero();
      assertThat(listing.out()).contains("2025-04-22");
    }
    System.out.printf(
        "kill -9 of a %,d-record ingest (%.1f s whole): %d kills, %s%n",
        RECORDS, wholeNanos / 1e9, kills, outcomes);
  }

  private static long modelsIn(Map<String, String> dump) {
    return Long.parseLong(dump.get("models").split(":")[0]);
  }

  private Path copy(Path from, String name) throws IOException {
    return Files.copy(from, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private Process ingest(Path db, Path file) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "org.observatory.Main",
            "ingest",
            "--db",
            db.toString(),
            file.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(db.getFileName() + ".log").toFile())
        .start();
  }

  private String log(Path db) throws IOException {
    return Files.readString(dir.resolve(db.getFileName() + ".log"));
  }
}
