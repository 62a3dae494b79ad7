package org.observatory.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.testing.SharedData;

/**
 * Every row's {@code source} can be checked against the data it names: the Epoch AI file and
 * organisation, or the EOSAI file, give the row's country; a slug matches no Hub handle of the Hub
 * files.
 */
class RegistrySourcesTest {
  private static final Pattern EPOCH =
      Pattern.compile(
          "epoch:([a-z_]+\\.csv)#Organization=(.+?)( \\(country at the same position\\))?; .*");
  private static final Pattern EOSAI = Pattern.compile("eosai:(.+\\.yaml)#National origin; .*");
  private static final Pattern NATIONAL_ORIGIN =
      Pattern.compile("#\\s*-\\s*National origin:\\s*(.*)");

  /**
   * Per Epoch file: the organisation string (white space normalised) → the country cells of its
   * rows.
   */
  private static final Map<String, Map<String, List<String>>> EPOCH_COUNTRIES = new HashMap<>();

  private final OriginRegistry registry = OriginRegistry.bundled();

  @BeforeAll
  static void readEpoch() throws IOException {
    for (String file :
        List.of(
            "notable_ai_models.csv",
            "large_scale_ai_models.csv",
            "frontier_ai_models.csv",
            "all_ai_models.csv")) {
      Map<String, List<String>> byOrg = new HashMap<>();
      try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw("epoch-ai/" + file))) {
        String countryColumn =
            csv.getHeaderNames().stream()
                .filter(h -> h.startsWith("Country"))
                .findFirst()
                .orElseThrow();
        for (CSVRecord r : csv) {
          byOrg
              .computeIfAbsent(normalise(r.get("Organization")), k -> new ArrayList<>())
              .add(r.get(countryColumn));
        }
      }
      EPOCH_COUNTRIES.put(file, byOrg);
    }
  }

  @Test
  void everyEpochSourceNamesRowsThatListTheCountry() {
    int checked = 0;
    for (Origin row : registry.rows()) {
      Matcher m = EPOCH.matcher(row.source());
      if (!m.matches()) {
        continue;
      }
      List<String> cells = EPOCH_COUNTRIES.get(m.group(1)).getOrDefault(m.group(2), List.of());
      assertThat(cells).as(row.author() + ": rows of " + m.group(2)).isNotEmpty();
      assertThat(cells)
          .as(row.author() + ": countries of " + m.group(2))
          .anySatisfy(cell -> assertThat(codes(cell)).contains(row.origin()));
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void everyEosaiSourceNamesAFileWithTheCountry() throws IOException {
    int checked = 0;
    for (Origin row : registry.rows()) {
      Matcher m = EOSAI.matcher(row.source());
      if (!m.matches()) {
        continue;
      }
      String text = Files.readString(SharedData.raw("eosai-index").resolve(m.group(1)));
      Matcher origin = NATIONAL_ORIGIN.matcher(text);
      assertThat(origin.find()).as(m.group(1)).isTrue();
      assertThat(CountryNames.code(origin.group(1))).as(row.author()).contains(row.origin());
      checked++;
    }
    // 40 since version 2026-12-07, which moved six EOSAI "International" companies and LeoLM to
    // their headquarters (manual rows) and individuals out of EOSAI's countries; 38 since
    // 2026-12-07.6,
    // which placed WizardLM by its Epoch row and PixArt-alpha in China (origin/NOTICE.md, "Policy")
    assertThat(checked).isGreaterThanOrEqualTo(38);
  }

  /**
   * A row that places an author by the registry's own judgement names a page that states the
   * headquarters ({@code manual: https://...}); only 24 of the 122 rows of versions before
   * 2026-12-07 give a one-line reason instead (origin/NOTICE.md, "Manual rows").
   */
  @Test
  void everyNewManualPlacementNamesAPage() {
    List<String> withoutPage = new ArrayList<>();
    for (Origin row : registry.rows()) {
      String country = row.source().split("; hub handle|; no hub handle")[0];
      if (row.placed()
          && row.manual()
          && !country.contains("https://")
          && !country.contains("http://")) {
        withoutPage.add(row.author());
      }
    }
    assertThat(withoutPage).hasSizeLessThanOrEqualTo(24);
  }

  @Test
  void everyRowSaysWhereItsCountryAndHandleComeFrom() throws IOException {
    Set<String> hubAuthors = new HashSet<>();
    try (CSVParser csv =
        OriginRegistryTest.parse(SharedData.raw("hf-model-info-liang2023/model_info.csv"))) {
      for (CSVRecord r : csv) {
        hubAuthors.add(r.get("author").toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (Origin row : registry.rows()) {
      assertThat(row.source())
          .as(row.author())
          .matches("(epoch:|eosai:|manual: ).+; (hub handle .+|no hub handle found.*)");
      if (row.source().contains("; no hub handle found")) {
        assertThat(row.author()).as("a slug").matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(hubAuthors)
            .as("slug " + row.author() + " is a real Hub author")
            .doesNotContain(row.author());
      }
    }
  }

  private static Set<String> codes(String cell) {
    Set<String> codes = new HashSet<>();
    for (String name : cell.split(",")) {
      Optional<String> code = CountryNames.code(name);
      assertThat(code).as("country name '" + name + "'").isPresent();
      codes.add(code.get());
    }
    return codes;
  }

  private static String normalise(String organisation) {
    return String.join(" ", organisation.strip().split("\\s+"));
  }
}
