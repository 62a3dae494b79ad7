package org.observatory.license;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a Hub license into one of the {@link LicenseClass}es, using the bundled {@code
 * license/licenses.csv} (SPDX License List 3.26.0, ScanCode LicenseDB, hub-docs; see {@code
 * license/NOTICE.md}).
 *
 * <p>A known Hub id gives its row. For {@code other}, an empty license, a value the table lacks, or
 * a row of class unknown, the card's {@code license_name} is tried (normalised, then without a
 * {@code -license} suffix), then a {@code license_link} hint from {@code license/link-hints.csv}.
 */
public final class LicenseClassifier {
  private static final List<String> NAME_SUFFIXES =
      List.of("-license-agreement", "-license", "-licence");

  private final LicenseTable table;

  LicenseClassifier(LicenseTable table) {
    this.table = table;
  }

  /** The classifier over the table shipped in the jar. */
  public static LicenseClassifier bundled() {
    return new LicenseClassifier(LicenseTable.bundled());
  }

  /** Every row of the table, each classified as itself, in file order. */
  public List<LicenseVerdict> all() {
    return table.rows().stream()
        .map(r -> r.verdict(r.hubLicense(), "license:" + r.hubLicense()))
        .toList();
  }

  /**
   * The bundled table checked against a newer SPDX License List: the table's SPDX licenses of class
   * osi-approved or permissive whose OSI status the list gives otherwise, as "ID: table CLASS, list
   * OSI-approved|not OSI-approved" (empty when they agree).
   *
   * @param osiApproved the list's OSI status by SPDX license id
   */
  public List<String> disagreements(java.util.Map<String, Boolean> osiApproved) {
    List<String> out = new java.util.ArrayList<>();
    for (LicenseRow r : table.rows()) {
      LicenseClass c = r.licenseClass();
      Boolean osi = r.key() == null ? null : osiApproved.get(r.key());
      if (osi == null || (c != LicenseClass.OSI_APPROVED && c != LicenseClass.PERMISSIVE)) {
        continue;
      }
      if (osi != (c == LicenseClass.OSI_APPROVED)) {
        out.add(
            r.key()
                + ": table "
                + c.key()
                + ", list "
                + (osi ? "OSI-approved" : "not OSI-approved"));
      }
    }
    return out;
  }

  /**
   * Classifies one record's license fields; each may be null.
   *
   * @param license the Hub {@code license} value (tag or card)
   * @param licenseName the card's {@code license_name}, read when the license is {@code other} or
   *     missing
   * @param licenseLink the card's {@code license_link}, read when the name does not settle it
   */
  public LicenseVerdict classify(String license, String licenseName, String licenseLink) {
    String hub = normalise(license);
    Optional<LicenseRow> direct = hub.isEmpty() ? Optional.empty() : table.row(hub);
    if (direct.isPresent() && direct.get().licenseClass() != LicenseClass.UNKNOWN) {
      return direct.get().verdict(hub, "license:" + hub);
    }
    String said = hub.isEmpty() ? "no license" : "license:" + hub;
    if (direct.isEmpty() && !hub.isEmpty()) {
      Optional<LicenseRow> alias = byName(hub);
      if (alias.isPresent()) {
        return alias.get().verdict(hub, said + " (not a Hub id, read as a license name)");
      }
      said += " (not in " + LicenseTable.LICENSES + ")";
    }
    String name = normalise(licenseName);
    Optional<LicenseRow> byName = byName(name);
    if (byName.isPresent()) {
      return byName.get().verdict(hub, said + ", license_name:" + name);
    }
    String link = licenseLink == null ? "" : licenseLink.strip();
    Optional<LicenseVerdict> byLink = byLink(hub, said, link);
    if (byLink.isPresent()) {
      return byLink.get();
    }
    String how = said + unresolved(name, link);
    return direct
        .map(r -> r.verdict(hub, how))
        .orElseGet(
            () ->
                new LicenseVerdict(
                    hub,
                    null,
                    LicenseClass.UNKNOWN,
                    how + " → unknown: " + LicenseClass.UNKNOWN.meaning()));
  }

  private Optional<LicenseVerdict> byLink(String hub, String said, String link) {
    Optional<LinkHint> hint = link.isEmpty() ? Optional.empty() : table.hint(link);
    if (hint.isEmpty()) {
      return Optional.empty();
    }
    LinkHint h = hint.get();
    LicenseRow row = table.row(h.hubLicense()).orElseThrow();
    String how =
        String.format(
            "%s, license_link:%s (link hint '%s' → %s; %s)",
            said, link, h.linkContains(), row.hubLicense(), h.source());
    return Optional.of(row.verdict(hub, how));
  }

  private Optional<LicenseRow> byName(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<LicenseRow> row = table.row(name);
    for (String suffix : NAME_SUFFIXES) {
      if (row.isEmpty() && name.endsWith(suffix) && name.length() > suffix.length()) {
        row = table.row(name.substring(0, name.length() - suffix.length()));
      }
    }
    return row.filter(r -> r.licenseClass() != LicenseClass.UNKNOWN);
  }

  private static String unresolved(String name, String link) {
    String n = name.isEmpty() ? ", no license_name" : ", license_name:" + name + " not recognised";
    String l = link.isEmpty() ? ", no license_link" : ", license_link:" + link + " matches no hint";
    return n + l;
  }

  /**
   * Trimmed, lower-case, with runs of blanks and underscores as one hyphen: {@code "Llama 3"} →
   * {@code llama-3}.
   */
  static String normalise(String value) {
    if (value == null) {
      return "";
    }
    return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }
}
