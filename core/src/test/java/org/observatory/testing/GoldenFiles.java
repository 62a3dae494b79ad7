package org.observatory.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file checks: {@code actual} must equal the committed expected file under {@code
 * src/test/resources}; run with {@code -Dgolden.update=true} to rewrite the expected file after a
 * deliberate change.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /**
   * @param resource the path below {@code src/test/resources} of the current module
   */
  public static void assertMatches(String resource, String actual) {
    Path file = Path.of("src/test/resources").resolve(resource);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(file))
          .as("golden file %s is missing: run with -Dgolden.update=true", file)
          .isTrue();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
