package org.observatory.web;

import org.observatory.model.UsageException;

/** A query or path parameter that is malformed or out of its bounds. */
final class BadParameterException extends UsageException {
  BadParameterException(String message) {
    super(message);
  }
}
