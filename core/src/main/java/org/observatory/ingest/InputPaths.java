package org.observatory.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Says why a path named on the command line cannot be read as an input file. */
final class InputPaths {
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private InputPaths() {}

  /**
   * Why {@code p} is neither a regular file nor a folder: missing, a dangling link, a named pipe, a
   * device (such as a link to {@code /dev/zero}) or a socket. Such inputs are refused before they
   * are opened: a pipe could block and a device never ends.
   */
  static String whyNotAFile(Path p) {
    boolean link = Files.isSymbolicLink(p);
    if (!Files.exists(p)) {
      return link
          ? "a symbolic link to a missing file (" + target(p) + ")"
          : "no such file or folder";
    }
    String kind = kind(p);
    return (link ? "a symbolic link to " + target(p) + ", which is " : "")
        + kind
        + ", not a regular file: only files and folders are read";
  }

  private static String kind(Path p) {
    try {
      Object mode = Files.getAttribute(p, "unix:mode");
      if (mode instanceof Integer m) {
        switch (m & TYPE_MASK) {
          case FIFO:
            return "a named pipe (FIFO)";
          case CHARACTER_DEVICE:
            return "a character device";
          case BLOCK_DEVICE:
            return "a block device";
          case SOCKET:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // not a Unix file system: say less
    }
    return "a special file";
  }

  private static String target(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      return "?";
    }
  }
}
