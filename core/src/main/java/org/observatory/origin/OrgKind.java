package org.observatory.origin;

import java.util.Locale;
import java.util.Optional;

/**
 * What sort of organisation publishes under a Hub handle; the {@code kind} column of the origin
 * registry.
 */
public enum OrgKind {
  COMPANY,
  ACADEMIC,
  NONPROFIT,
  GOVERNMENT,
  COLLECTIVE,
  INDIVIDUAL;

  /** The value as written in the registry: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind written exactly as its {@link #label()}; empty for anything else. */
  public static Optional<OrgKind> parse(String label) {
    for (OrgKind kind : values()) {
      if (kind.label().equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
