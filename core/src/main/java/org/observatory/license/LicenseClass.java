package org.observatory.license;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five license classes of indicator 7 ({@code license_classes}), from most to least open. */
public enum LicenseClass {
  OSI_APPROVED("OSI-approved open-source license"),
  PERMISSIVE("permissive, not OSI-approved, no limits on use, users or commerce"),
  RESTRICTED_OPEN_WEIGHTS("weights available under use or user-count restrictions"),
  NON_COMMERCIAL("research or non-commercial use only"),
  UNKNOWN("license not stated or not recognised");

  private final String meaning;

  LicenseClass(String meaning) {
    this.meaning = meaning;
  }

  /**
   * The hyphenated lower-case name used in data and reports, e.g. {@code restricted-open-weights}.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A short phrase saying what the class means, for explanations. */
  public String meaning() {
    return meaning;
  }

  /** The class whose {@link #key()} is {@code key}, if any. */
  public static Optional<LicenseClass> ofKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
  }
}
