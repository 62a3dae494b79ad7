package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * What the generating benchmarks share: the generator seed, the folder for the generated file and
 * the databases ({@code --dir}, else a temporary folder), and whether to keep them ({@code
 * --keep}).
 */
final class BenchFolder {
  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dir",
      description = "Folder for the file and the databases (default: a temporary folder).")
  Path dir;

  @Option(names = "--keep", description = "Keep the generated file and the databases.")
  boolean keep;

  private Path folder;

  /** Creates the folder (a temporary one unless {@code --dir} names one) and returns it. */
  Path open() throws IOException {
    folder =
        dir == null ? Files.createTempDirectory("observatory-bench") : Files.createDirectories(dir);
    return folder;
  }

  /** Deletes the given files, and the folder if it was temporary, unless {@code --keep}. */
  void close(PrintWriter out, List<Path> files) throws IOException {
    if (keep) {
      out.printf(Locale.ROOT, "kept          %s%n", folder);
    } else {
      for (Path p : files) {
        Files.deleteIfExists(p);
      }
      if (dir == null) {
        Files.deleteIfExists(folder);
      }
    }
    out.flush();
  }
}
