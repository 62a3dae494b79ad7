package org.observatory.model;

/** A request that cannot be carried out as asked, such as a missing snapshot date (exit code 2). */
public class UsageException extends ObservatoryException {
  public UsageException(String message) {
    super(message);
  }
}
