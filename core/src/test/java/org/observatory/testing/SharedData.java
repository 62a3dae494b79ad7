package org.observatory.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real data in {@code ../shared/data/raw} beside the checkout, from any module's working
 * directory.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The {@code shared/data/raw} folder; fails the test when the checkout has no {@code ../shared}
   * beside it.
   */
  public static Path raw() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/raw");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no shared/data/raw above " + Path.of("").toAbsolutePath());
  }

  public static Path raw(String relative) {
    return raw().resolve(relative);
  }
}
