package org.observatory.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.observatory.model.ObservatoryException;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.store.StoreBusyException;

/**
 * The database {@code serve} answers from: a private in-memory copy of the DuckDB file, never the
 * file itself.
 *
 * <p>DuckDB lets one process write a file or any number of processes read it, never both: a reader
 * that keeps the file open makes an {@code ingest} in another process fail, and a running ingest
 * makes opening the file fail. So the server holds the file's lock only while it copies the file
 * ({@link Store#copyOf}, tens of milliseconds for the demo database), answers every request from
 * the copy, and looks at the file's size and modification time (which takes no lock) at most once
 * per poll interval. When they changed, a background thread copies the file again and swaps the
 * copies; while a writer holds the file the copy fails at once, the old copy goes on serving, and
 * the next look tries again. An ingest that starts while a copy is being taken waits for it ({@link
 * Store#open} waits for a lock).
 */
public final class ServedDatabase implements AutoCloseable {
  private static final Duration FIRST_COPY_WAIT = Duration.ofSeconds(60);

  private final Path file;
  private final Duration poll;
  private final ExecutorService reloader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "observatory-reload");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean reloadQueued = new AtomicBoolean();
  private final AtomicLong numbers = new AtomicLong();
  private volatile Generation current;
  private volatile BiConsumer<Generation, Generation> preparer = (next, previous) -> {};
  private volatile long lastLook = System.nanoTime();
  private volatile String lastFailure;
  private volatile Instant lastFailureAt;

  private ServedDatabase(Path file, Duration poll) {
    this.file = file;
    this.poll = poll;
  }

  /**
   * Copies the file (waiting up to a minute while a writer holds it) and serves the copy, looking
   * for changes at most once per {@code poll}.
   */
  public static ServedDatabase open(Path file, Duration poll) {
    ServedDatabase db = new ServedDatabase(file, poll);
    long deadline = System.nanoTime() + FIRST_COPY_WAIT.toNanos();
    while (db.current == null) {
      try {
        db.current = db.copy();
      } catch (StoreBusyException e) {
        if (System.nanoTime() > deadline) {
          throw new ObservatoryException(
              file + " is still being written by another process after " + FIRST_COPY_WAIT, e);
        }
        pause(200);
      }
    }
    return db;
  }

  /** The file served. */
  public Path file() {
    return file;
  }

  /**
   * What is served now, for {@code /api/v1/status} and the load check; a look at the file first (as
   * every request makes), so that a client polling only the status sees a new copy too.
   */
  public Status status() {
    lookForChange();
    Generation g = current;
    return new Status(
        file.getFileName().toString(),
        g.number(),
        g.loadedAt(),
        g.snapshots().stream().map(SnapshotInfo::date).toList(),
        lastFailure,
        lastFailureAt);
  }

  /**
   * The served state.
   *
   * @param generation how many copies were taken since the start (1 = the first)
   * @param lastFailure why the latest attempt to copy a changed file failed (null after a success)
   */
  public record Status(
      String database,
      long generation,
      Instant loadedAt,
      List<java.time.LocalDate> snapshots,
      String lastFailure,
      Instant lastFailureAt) {}

  /** Holds the current copy for one request; looks for a change of the file first. */
  Lease lease() {
    lookForChange();
    while (true) {
      Generation g = current;
      if (g == null) {
        throw new IllegalStateException("the served database is closed");
      }
      if (g.acquire()) {
        return new Lease(g);
      }
    }
  }

  private void lookForChange() {
    long now = System.nanoTime();
    if (now - lastLook < poll.toNanos()) {
      return;
    }
    lastLook = now;
    Generation g = current;
    if (g != null
        && !FileStamp.of(file).equals(g.stamp())
        && reloadQueued.compareAndSet(false, true)) {
      reloader.execute(
          () -> {
            try {
              refresh();
            } finally {
              reloadQueued.set(false);
            }
          });
    }
  }

  /**
   * Copies the file again if it changed since the current copy and no writer holds it; returns
   * whether a new copy is now served. Requests in flight finish on the copy they started with.
   */
  public synchronized boolean refresh() {
    Generation old = current;
    if (old == null || FileStamp.of(file).equals(old.stamp())) {
      return false;
    }
    Generation next;
    try {
      next = copy();
    } catch (ObservatoryException e) {
      lastFailure =
          (e instanceof StoreBusyException ? "busy (a writer holds the file): " : "")
              + withoutFolders(e.getMessage());
      lastFailureAt = Instant.now();
      return false;
    }
    prepare(next, old);
    current = next;
    lastFailure = null;
    lastFailureAt = null;
    old.release();
    return true;
  }

  /**
   * Has every new copy prepared before it is served (the web app builds the reports the old copy
   * had built, so no request waits for one after a reload), and the current copy prepared in the
   * background now. {@code preparer} gets the new copy and the one it replaces (null at first).
   */
  void prepareCopiesWith(BiConsumer<Generation, Generation> preparer) {
    this.preparer = preparer;
    reloader.execute(
        () -> {
          try (Lease lease = lease()) {
            prepare(lease.generation(), null);
          } catch (IllegalStateException closed) {
            // closed before it could be prepared
          }
        });
  }

  /**
   * A message with the database's path cut to its file name: {@code /api/v1/status} is public to
   * every client, the server's folders are not.
   */
  private String withoutFolders(String message) {
    if (message == null) {
      return null;
    }
    String name = file.getFileName().toString();
    String out = message;
    for (Path p : List.of(file.toAbsolutePath().normalize(), file.toAbsolutePath(), file)) {
      String full = p.toString();
      if (!full.equals(name)) {
        out = out.replace(full, name);
      }
    }
    return out;
  }

  private void prepare(Generation next, Generation previous) {
    try {
      preparer.accept(next, previous);
    } catch (RuntimeException e) {
      // Not fatal: a request computes what is missing (and reports the failure) itself.
      lastFailure = "preparing copy " + next.number() + ": " + withoutFolders(e.getMessage());
      lastFailureAt = Instant.now();
    }
  }

  private Generation copy() {
    FileStamp stamp = FileStamp.of(file);
    Store store = Store.copyOf(file);
    try {
      return new Generation(
          numbers.incrementAndGet(), store, store.snapshots(), stamp, Instant.now());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObservatoryException("interrupted while waiting for the database", e);
    }
  }

  @Override
  public synchronized void close() {
    reloader.shutdownNow();
    Generation g = current;
    current = null;
    if (g != null) {
      g.release();
    }
  }
}
