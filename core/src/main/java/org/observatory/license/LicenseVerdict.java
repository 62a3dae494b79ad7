package org.observatory.license;

import static java.util.Objects.requireNonNull;

/**
 * How one license value was classified.
 *
 * @param hubLicense the Hub {@code license} value, normalised (trimmed, lower-case); empty when the
 *     record has none. For rows of {@link LicenseClassifier#all()} it is the table's {@code
 *     hub_license}.
 * @param key the SPDX id or ScanCode {@code LicenseRef-scancode-*} key, or null when neither exists
 * @param reason a sentence saying how the class was reached and from which source, for {@code
 *     explain}
 */
public record LicenseVerdict(
    String hubLicense, String key, LicenseClass licenseClass, String reason) {
  public LicenseVerdict {
    requireNonNull(hubLicense, "hubLicense");
    requireNonNull(licenseClass, "licenseClass");
    requireNonNull(reason, "reason");
  }
}
