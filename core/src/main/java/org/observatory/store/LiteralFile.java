package org.observatory.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.observatory.model.ObservatoryException;

/**
 * A file named to DuckDB as exactly that file. DuckDB's readers take {@code *}, {@code ?} and
 * {@code [..]} in a path as a glob pattern (a Parquet file named {@code hub*.parquet} would pull in
 * {@code hub-old.parquet} beside it), and DuckDB has no way to say "literally". A path holding such
 * a character is therefore handed over as a link with a plain name in a private temporary folder (a
 * copy where links are not possible), removed on {@link #close()}.
 */
final class LiteralFile implements AutoCloseable {
  private static final Pattern GLOB = Pattern.compile("[*?\\[\\]{}]");

  private final Path path;
  private final Path tempDir;

  private LiteralFile(Path path, Path tempDir) {
    this.path = path;
    this.tempDir = tempDir;
  }

  /** {@code file} as DuckDB may be given it: itself, or a link with a plain name. */
  static LiteralFile of(Path file) {
    Path absolute = file.toAbsolutePath();
    if (!GLOB.matcher(absolute.toString()).find()) {
      return new LiteralFile(absolute, null);
    }
    try {
      Path dir = Files.createTempDirectory("observatory-literal");
      Path link = dir.resolve("input" + extension(absolute));
      try {
        Files.createSymbolicLink(link, absolute);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(absolute, link, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return new LiteralFile(link, dir);
    } catch (IOException e) {
      throw new ObservatoryException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot);
    return GLOB.matcher(ext).find() ? "" : ext;
  }

  /** The path to give DuckDB, absolute. */
  String sql() {
    return path.toString();
  }

  @Override
  public void close() {
    if (tempDir == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(tempDir);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
