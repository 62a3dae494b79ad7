package org.observatory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * One in-memory copy of the served database and everything computed from it (reports, loaded
 * lineage), which lives exactly as long as the copy: when the file changes, a new generation
 * replaces it and the old one is closed once the last request holding it is done.
 */
final class Generation {
  private final long number;
  private final Store store;
  private final List<SnapshotInfo> snapshots;
  private final FileStamp stamp;
  private final Instant loadedAt;

  /** 1 while current, plus one per request holding it; at 0 everything is closed. */
  private final AtomicInteger holders = new AtomicInteger(1);

  private final ConcurrentHashMap<Object, CompletableFuture<Object>> memo =
      new ConcurrentHashMap<>();
  private final Queue<AutoCloseable> owned = new ConcurrentLinkedQueue<>();

  Generation(
      long number, Store store, List<SnapshotInfo> snapshots, FileStamp stamp, Instant loadedAt) {
    this.number = number;
    this.store = store;
    this.snapshots = List.copyOf(snapshots);
    this.stamp = stamp;
    this.loadedAt = loadedAt;
  }

  long number() {
    return number;
  }

  List<SnapshotInfo> snapshots() {
    return snapshots;
  }

  FileStamp stamp() {
    return stamp;
  }

  Instant loadedAt() {
    return loadedAt;
  }

  Optional<SnapshotInfo> snapshot(LocalDate date) {
    return snapshots.stream().filter(s -> s.date().equals(date)).findFirst();
  }

  Optional<LocalDate> latest() {
    return snapshots.isEmpty()
        ? Optional.empty()
        : Optional.of(snapshots.get(snapshots.size() - 1).date());
  }

  /** A connection of its own for one request; the caller closes it. */
  Store session() {
    return store.session();
  }

  /** A connection that stays open until this generation is closed (for a cached explainer). */
  Store ownedSession() {
    Store s = store.session();
    owned.add(s);
    return s;
  }

  /**
   * The value computed once per key for this generation: concurrent callers wait for the first; a
   * failure is not kept, so the next caller tries again.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(Object key, Supplier<T> compute) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> existing = memo.putIfAbsent(key, mine);
    if (existing == null) {
      try {
        mine.complete(compute.get());
      } catch (RuntimeException | Error e) {
        memo.remove(key, mine);
        mine.completeExceptionally(e);
        throw e;
      }
      return (T) mine.join();
    }
    try {
      return (T) existing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The keys computed (or being computed) for this generation. */
  List<Object> memoKeys() {
    return List.copyOf(memo.keySet());
  }

  /** Takes one more holder; false when the generation was already closed. */
  boolean acquire() {
    while (true) {
      int n = holders.get();
      if (n == 0) {
        return false;
      }
      if (holders.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /** Gives one holder back; the last one closes the copy and every connection to it. */
  void release() {
    if (holders.decrementAndGet() == 0) {
      AutoCloseable c;
      while ((c = owned.poll()) != null) {
        try {
          c.close();
        } catch (Exception e) {
          // The copy is closed next either way.
        }
      }
      store.close();
    }
  }
}
