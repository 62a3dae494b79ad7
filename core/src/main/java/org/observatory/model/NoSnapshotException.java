package org.observatory.model;

/**
 * A snapshot date the database (or exported folder) does not hold, or a database without any
 * snapshot: a usage error that names what is stored.
 */
public class NoSnapshotException extends UsageException {
  public NoSnapshotException(String message) {
    super(message);
  }
}
