package org.observatory.origin;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of the origin registry: the Hub author (a handle, or a slug of the organisation's name
 * when it has no handle), the organisation's country as an ISO 3166-1 alpha-2 code or {@link
 * #INTL}, or {@link OriginRegistry#UNATTRIBUTED} when the row does not place the author (an
 * individual, whom the registry never places, or an organisation whose headquarters no source
 * settles), its name and kind, and where the country (or the judgement) comes from.
 */
public record Origin(String author, String origin, String orgName, OrgKind kind, String source) {
  /** The origin of international or online collectives. */
  public static final String INTL = "INTL";

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern AUTHOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

  public Origin {
    requireNonNull(kind, "kind");
    if (author == null || !AUTHOR.matcher(author).matches()) {
      throw new IllegalArgumentException("author is not a Hub handle: '" + author + "'");
    }
    if (!isOriginCode(origin) && !OriginRegistry.UNATTRIBUTED.equals(origin)) {
      throw new IllegalArgumentException(
          "origin '"
              + origin
              + "' is neither an ISO 3166-1 alpha-2 code nor "
              + INTL
              + " (leave it empty for an author the row does not place)");
    }
    if (kind == OrgKind.INDIVIDUAL && !OriginRegistry.UNATTRIBUTED.equals(origin)) {
      throw new IllegalArgumentException(
          "an individual is not placed (origin/NOTICE.md, \"Individuals\"): leave origin empty, not '"
              + origin
              + "'");
    }
    if (orgName == null || orgName.isBlank()) {
      throw new IllegalArgumentException("org_name is empty");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source is empty");
    }
  }

  /**
   * An upper-case ISO 3166-1 alpha-2 code known to {@link Locale#getISOCountries()}, or {@link
   * #INTL}.
   */
  public static boolean isOriginCode(String code) {
    return code != null && (INTL.equals(code) || ISO_COUNTRIES.contains(code));
  }

  /** The key the registry looks the author up by: Hub handles are case-insensitive. */
  String key() {
    return author.toLowerCase(Locale.ROOT);
  }

  /** Whether the row places the author: it gives a country code or {@code INTL}. */
  public boolean placed() {
    return !OriginRegistry.UNATTRIBUTED.equals(origin);
  }

  /** Whether the country is the registry's own judgement rather than a dataset's. */
  public boolean manual() {
    return source.startsWith("manual:");
  }
}
