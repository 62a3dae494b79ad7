package org.observatory.origin;

import java.util.Locale;
import java.util.Optional;

/**
 * Who publishes under a Hub handle; the {@code kind} column of the origin registry: a company, a
 * research lab or institute (non-profit, public or within a company group), a university (or a
 * group of one), a government body, a collective (an open community or a project of several
 * organisations), or an individual (a person, or an account not identified as an organisation).
 */
public enum OrgKind {
  COMPANY,
  LAB,
  UNIVERSITY,
  GOVERNMENT,
  COLLECTIVE,
  INDIVIDUAL;

  /** The value as written in the registry: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind written exactly as its {@link #label()}, or as the labels of registry versions before
   * 2026-12 ({@code academic} is a university, {@code nonprofit} a lab); empty for anything else.
   */
  public static Optional<OrgKind> parse(String label) {
    for (OrgKind kind : values()) {
      if (kind.label().equals(label)) {
        return Optional.of(kind);
      }
    }
    if ("academic".equals(label)) {
      return Optional.of(UNIVERSITY);
    }
    return "nonprofit".equals(label) ? Optional.of(LAB) : Optional.empty();
  }
}
