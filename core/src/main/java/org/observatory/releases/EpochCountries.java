package org.observatory.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Epoch AI's country names ("Korea (Republic of)") as ISO 3166-1 alpha-2 codes, from
 * releases/epoch-countries.csv.
 */
final class EpochCountries {
  private static final String RESOURCE = "releases/epoch-countries.csv";
  private static final Map<String, String> CODES = load();

  private EpochCountries() {}

  static Optional<String> code(String epochName) {
    return Optional.ofNullable(CODES.get(epochName.strip()));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = EpochCountries.class.getClassLoader().getResourceAsStream(RESOURCE);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.put(row.get("epoch_country"), row.get("origin"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}
