package org.observatory.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;

/**
 * The sidecar {@code FILE.next}: a small JSON {@link ResumePoint}, replaced atomically after each
 * page, deleted when the fetch finishes. Its presence beside FILE means "unfinished: run the same
 * fetch again to resume".
 */
final class StateFile {
  static final String SUFFIX = ".next";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;

  private StateFile(Path path) {
    this.path = path;
  }

  static StateFile beside(Path output) {
    return new StateFile(output.resolveSibling(output.getFileName() + SUFFIX));
  }

  Path path() {
    return path;
  }

  Optional<ResumePoint> read() {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(path.toFile(), ResumePoint.class));
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(
          "cannot read the resume state "
              + path
              + " ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); delete it to start the fetch over");
    }
  }

  void save(ResumePoint point) {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    try {
      Files.write(tmp, JSON.writeValueAsBytes(point));
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot write the resume state " + path + ": " + e.getMessage(), e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot delete the resume state " + path + ": " + e.getMessage(), e);
    }
  }
}
