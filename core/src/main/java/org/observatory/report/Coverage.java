package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;

/**
 * The attribution coverage of an indicator's shares by origin (meta.&lt;indicator&gt;.coverage): of
 * the mass the indicator divides among origins ({@code basis}: downloads, derivatives, builders,
 * tokens, or the new derivatives and models of the monthly series), the part the origin registry
 * places, the part of organisations it does not place or does not know, and the part of accounts it
 * judges individuals (never placed).
 */
public record Coverage(
    String basis,
    double total,
    double attributedShare,
    double organisationsUnplacedShare,
    double individualsShare) {
  public Coverage {
    requireNonNull(basis, "basis");
  }

  /** What the basis counts, in words: "downloads", "derivatives", ... */
  public String noun() {
    return switch (basis) {
      case "foundation_downloads" -> "downloads (by foundation)";
      case "first_party_downloads" -> "first-party downloads";
      case "new_derivatives" -> "new derivatives";
      case "new_models" -> "new models";
      default -> basis;
    };
  }

  /** E.g. "98.3% of downloads attributed (1.1% organisations unplaced, 0.6% individuals)". */
  public String sentence() {
    return String.format(
        Locale.ROOT,
        "%.1f%% of %s attributed (%.1f%% organisations unplaced, %.1f%% individuals)",
        attributedShare * 100,
        noun(),
        organisationsUnplacedShare * 100,
        individualsShare * 100);
  }

  /** A coverage from a row of {@code coverage.sql}. */
  static Coverage of(Map<String, Object> row) {
    return new Coverage(
        (String) row.get("basis"),
        number(row.get("total")),
        number(row.get("attributed_share")),
        number(row.get("organisations_unplaced_share")),
        number(row.get("individuals_share")));
  }

  private static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : 0;
  }
}
