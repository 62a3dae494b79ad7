package org.observatory.license;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a license key comes from: the SPDX License List, ScanCode LicenseDB, or neither. */
enum KeyKind {
  SPDX("SPDX"),
  SCANCODE("ScanCode"),
  NONE("no key");

  private final String label;

  KeyKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The value of the {@code key_kind} column. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<KeyKind> ofKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }
}
