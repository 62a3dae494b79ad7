package org.observatory.origin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as EOSAI and Epoch AI write them, mapped to the registry's codes: an ISO 3166-1
 * alpha-2 code from the country's English name (any case), {@code INTL} for "International" or
 * "Multinational"; empty for "Undisclosed" or a name it does not know.
 */
public final class CountryNames {
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
    }
    put("International", Origin.INTL);
    put("Multinational", Origin.INTL);
    // spellings that differ from java.util.Locale's English names (Epoch AI's, EOSAI comments')
    put("United States of America", "US");
    put("USA", "US");
    put("UK", "GB");
    put("United Kingdom of Great Britain and Northern Ireland", "GB");
    put("Korea", "KR");
    put("Korea (Republic of)", "KR");
    put("Iran (Islamic Republic of)", "IR");
    put("Russia", "RU");
    put("Hong Kong", "HK");
    put("Macao", "MO");
    put("Vietnam", "VN");
    put("Taiwan", "TW");
  }

  private CountryNames() {}

  private static void put(String name, String code) {
    CODES.put(name.toLowerCase(Locale.ROOT), code);
  }

  /** The code of a country name, or empty. */
  public static Optional<String> code(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The English name of an origin code: {@code CN} China, {@code INTL} international or online,
   * {@code UNATTRIBUTED} not in the origin registry, {@code MULTI} several countries; empty for a
   * code it does not know.
   */
  public static Optional<String> name(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code) {
      case Origin.INTL:
        return Optional.of("international or online");
      case "UNATTRIBUTED":
        return Optional.of("not in the origin registry");
      case "MULTI":
        return Optional.of("several countries");
      default:
        break;
    }
    if (code.length() == 2 && java.util.Arrays.asList(Locale.getISOCountries()).contains(code)) {
      return Optional.of(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    return Optional.empty();
  }
}
