package org.observatory.model;

/**
 * An input that cannot be read as its format: names the file and the record or line (exit code 3).
 */
public class BadInputException extends ObservatoryException {
  private final String file;
  private final long line;

  public BadInputException(String file, long line, String message) {
    super(file + (line > 0 ? ", line " + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public BadInputException(String file, long line, String message, Throwable cause) {
    super(file + (line > 0 ? ", line " + line : "") + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The 1-based line or record number, 0 when the failure concerns the whole file. */
  public long line() {
    return line;
  }
}
