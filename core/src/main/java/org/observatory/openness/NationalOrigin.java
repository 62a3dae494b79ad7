package org.observatory.openness;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.origin.Origin;

/**
 * The EOSAI comment {@code # - National origin: China} as an origin code: an ISO 3166-1 alpha-2
 * code from the country's English name, {@code INTL} for "International"; empty for "Undisclosed"
 * or a name it does not know.
 */
final class NationalOrigin {
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      CODES.put(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    CODES.put("international", Origin.INTL);
    CODES.put("united states of america", "US");
    CODES.put("usa", "US");
    CODES.put("uk", "GB");
    CODES.put("korea", "KR");
    CODES.put("taiwan", "TW");
    CODES.put("russia", "RU");
  }

  private NationalOrigin() {}

  static Optional<String> code(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(name.strip().toLowerCase(Locale.ROOT)));
  }
}
