package org.observatory.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;

/**
 * One writer per fetch folder: a lock on {@code DIR/.fetch.lock}, held while a fetch or an update
 * writes the folder and its manifest, so that two runs (a cron job and a hand-started one) cannot
 * interleave their writes.
 */
public final class FolderLock implements AutoCloseable {
  static final String FILE_NAME = ".fetch.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dir} (created if missing).
   *
   * @throws UsageException when another process holds it
   */
  public static FolderLock take(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new OverlappingFileLockException();
      }
      return new FolderLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new UsageException(
          "another fetch or update is writing " + dir + " (it holds " + file + "): wait for it");
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ObservatoryException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the lock attempt already failed; that failure is the one to report
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new ObservatoryException("cannot release the fetch lock: " + e.getMessage(), e);
    }
  }
}
