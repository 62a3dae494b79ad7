package org.observatory.model;

/** Root of the Observatory's domain failures; the CLI maps each subtype to one exit code. */
public class ObservatoryException extends RuntimeException {
  public ObservatoryException(String message) {
    super(message);
  }

  public ObservatoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
