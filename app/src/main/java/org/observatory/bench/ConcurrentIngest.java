package org.observatory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code observatory ingest} in another JVM (this program's own class path), writing into a
 * database file that this process serves.
 */
public final class ConcurrentIngest {
  private final Process process;
  private final Path db;
  private final long start;
  private final FileTime before;
  private long end;

  private ConcurrentIngest(Process process, Path db, long start, FileTime before) {
    this.process = process;
    this.db = db;
    this.start = start;
    this.before = before;
  }

  /**
   * Starts {@code observatory ingest --db DB ARGS...} in another JVM; its output goes to {@code
   * logDir/ingest.log}.
   */
  public static ConcurrentIngest start(Path db, Path logDir, String... args) throws IOException {
    FileTime before = Files.getLastModifiedTime(db);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.observatory.Main",
                "ingest",
                "--db",
                db.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectErrorStream(true);
    pb.redirectOutput(logDir.resolve("ingest.log").toFile());
    return new ConcurrentIngest(pb.start(), db, System.nanoTime(), before);
  }

  /**
   * Waits until the ingest has begun writing (the file or its write-ahead log changed), or has
   * ended.
   */
  public void awaitWriting(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Path wal = db.resolveSibling(db.getFileName() + ".wal");
    while (process.isAlive() && System.nanoTime() < deadline) {
      if (Files.exists(wal) || !Files.getLastModifiedTime(db).equals(before)) {
        return;
      }
      Thread.sleep(10);
    }
  }

  public boolean running() {
    return process.isAlive();
  }

  public int waitFor() throws InterruptedException {
    int code = process.waitFor();
    end = System.nanoTime();
    return code;
  }

  public double seconds() {
    return ((end == 0 ? System.nanoTime() : end) - start) / 1e9;
  }
}
