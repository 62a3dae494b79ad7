package org.observatory.license;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code license/licenses.csv}: a license value seen on the Hub (a {@code license:} id
 * or a card's {@code license_name}), its key and class, and the sources that justify them.
 *
 * @param key the SPDX id or ScanCode {@code LicenseRef-scancode-*} key; empty when {@code keyKind}
 *     is NONE
 */
record LicenseRow(
    String hubLicense, String key, KeyKind keyKind, LicenseClass licenseClass, String source) {
  LicenseRow {
    requireNonNull(hubLicense, "hubLicense");
    requireNonNull(key, "key");
    requireNonNull(keyKind, "keyKind");
    requireNonNull(licenseClass, "licenseClass");
    requireNonNull(source, "source");
  }

  /** True when a person, not a rule over SPDX or ScanCode fields, chose the key or the class. */
  boolean manual() {
    return source.contains("manual:");
  }

  /**
   * The key and class as an explanation, e.g. {@code MIT (SPDX) → osi-approved: ...; source: ...}.
   */
  String explanation() {
    String keyPart =
        keyKind == KeyKind.NONE ? "no SPDX or ScanCode key" : key + " (" + keyKind.label() + ")";
    return keyPart
        + " → "
        + licenseClass.key()
        + ": "
        + licenseClass.meaning()
        + "; source: "
        + source;
  }

  LicenseVerdict verdict(String hubLicense, String how) {
    return new LicenseVerdict(
        hubLicense,
        keyKind == KeyKind.NONE ? null : key,
        licenseClass,
        how + " → " + explanation());
  }
}
