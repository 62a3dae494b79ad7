package org.observatory.store;

import org.observatory.model.ObservatoryException;

/** The database file is locked by a writer in another process: try again after it is done. */
public final class StoreBusyException extends ObservatoryException {
  public StoreBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
