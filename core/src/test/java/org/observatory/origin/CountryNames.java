package org.observatory.origin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names as EOSAI and Epoch AI write them, mapped to the registry's codes. */
final class CountryNames {
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
    }
    // EOSAI
    CODES.put("International", Origin.INTL);
    // Epoch AI's spellings that differ from java.util.Locale's English names
    CODES.put("Multinational", Origin.INTL);
    CODES.put("United States of America", "US");
    CODES.put("United Kingdom of Great Britain and Northern Ireland", "GB");
    CODES.put("Korea (Republic of)", "KR");
    CODES.put("Iran (Islamic Republic of)", "IR");
    CODES.put("Russia", "RU");
    CODES.put("Hong Kong", "HK");
    CODES.put("Macao", "MO");
    CODES.put("Vietnam", "VN");
    CODES.put("Taiwan", "TW");
  }

  private CountryNames() {}

  static Optional<String> code(String name) {
    return Optional.ofNullable(CODES.get(name.strip()));
  }
}
