package org.observatory.web;

import org.observatory.model.UsageException;

/** A request for something the served database does not hold: a snapshot, model or indicator. */
final class NotFoundException extends UsageException {
  NotFoundException(String message) {
    super(message);
  }
}
