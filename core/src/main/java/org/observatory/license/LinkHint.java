package org.observatory.license;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One row of {@code license/link-hints.csv}: a {@code license_link} whose letters and digits
 * contain {@code linkContains} points at the license of table row {@code hubLicense}.
 */
record LinkHint(String linkContains, String hubLicense, String source) {
  LinkHint {
    requireNonNull(linkContains, "linkContains");
    requireNonNull(hubLicense, "hubLicense");
    requireNonNull(source, "source");
  }

  boolean matches(String compactLink) {
    return compactLink.contains(linkContains);
  }

  /**
   * A link lower-cased with everything but letters and digits removed, so that {@code Llama-3.1}
   * reads {@code llama31}.
   */
  static String compact(String link) {
    return link.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
