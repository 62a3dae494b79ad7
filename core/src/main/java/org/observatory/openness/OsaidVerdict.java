package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether a model family meets OSI's Open Source AI Definition 1.0, and why.
 *
 * @param verdict {@link #MEETS}, {@link #DOES_NOT_MEET} or {@link #INSUFFICIENT}
 * @param reason the requirements that decided it, e.g. "weights under a non-OSI license (...)"
 */
record OsaidVerdict(String verdict, String reason) {
  static final String MEETS = "meets";
  static final String DOES_NOT_MEET = "does not meet";
  static final String INSUFFICIENT = "insufficient information";

  OsaidVerdict {
    requireNonNull(verdict, "verdict");
    requireNonNull(reason, "reason");
  }

  /**
   * The verdict of the checks: "does not meet" when any requirement fails, else "insufficient
   * information" when one cannot be told, else "meets".
   */
  static OsaidVerdict of(List<String> failed, List<String> unknown, String meets) {
    if (!failed.isEmpty()) {
      return new OsaidVerdict(DOES_NOT_MEET, String.join("; ", failed));
    }
    if (!unknown.isEmpty()) {
      return new OsaidVerdict(INSUFFICIENT, String.join("; ", unknown));
    }
    return new OsaidVerdict(MEETS, meets);
  }
}
