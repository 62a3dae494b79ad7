package org.observatory.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders the program writes and removes again: the commands' temporary folders, the partitions of
 * a Parquet export. In {@code model}, the lowest package, so that {@code store} and {@code cli}
 * share the one implementation.
 */
public final class Folders {
  private Folders() {}

  /** Deletes a folder and everything in it; nothing when it is not there. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
