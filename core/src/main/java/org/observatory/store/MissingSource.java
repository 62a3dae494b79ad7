package org.observatory.store;

import static java.util.Objects.requireNonNull;

/**
 * A source an update could not fetch.
 *
 * @param source the fetch source, e.g. {@code mof}
 * @param url the endpoint it was asked for, or null
 * @param reason why it failed (the fetch's error)
 */
public record MissingSource(String source, String url, String reason) {
  public MissingSource {
    requireNonNull(source, "source");
    requireNonNull(reason, "reason");
  }
}
