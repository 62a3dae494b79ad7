package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.testing.ReferenceData;
import org.observatory.testing.UsageData;
import org.observatory.usage.UsageSettings;

/**
 * {@code report --group} applies to the origins of Epoch AI's rows (open_weight_releases,
 * open_weight_compute) and of the EOSAI index (openness_by_origin) as to the Hub's: on the real
 * files, a report with {@code NA=US,CA} counts under NA exactly what the ungrouped report counts
 * under US and CA, and shows neither code.
 */
class GroupedReferenceOriginsTest {
  private static Store store;
  private static Report plain;
  private static Report grouped;

  @BeforeAll
  static void build() {
    store = Store.inMemory();
    UsageData.withSnapshot(store);
    ReferenceData.ingestAll(store);
    plain = report(OriginGroups.NONE);
    grouped = report(OriginGroups.parse(List.of("NA=US,CA")));
  }

  private static Report report(OriginGroups groups) {
    return new ReportBuilder(
            new DuckDbEngine(
                store,
                OriginRegistry.bundled(),
                LicenseClassifier.bundled(),
                UsageSettings.defaults(),
                TrendSettings.defaults(),
                groups))
        .build(UsageData.SNAPSHOT);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** key (the row's other columns) → count of the origins given, summed. */
  private static Map<String, Long> counts(
      Report r, String indicator, List<String> keys, String count, List<String> origins) {
    Map<String, Long> out = new TreeMap<>();
    for (Map<String, Object> row : r.indicator(indicator).rows()) {
      if (origins.contains(String.valueOf(row.get("origin")))) {
        String key = keys.stream().map(k -> String.valueOf(row.get(k))).toList().toString();
        out.merge(key, ((Number) row.get(count)).longValue(), Long::sum);
      }
    }
    return out;
  }

  private static void assertGrouped(String indicator, List<String> keys, String count) {
    Map<String, Long> usAndCanada = counts(plain, indicator, keys, count, List.of("US", "CA"));
    assertThat(usAndCanada).as(indicator + ": US and CA rows in the real files").isNotEmpty();
    assertThat(counts(grouped, indicator, keys, count, List.of("NA")))
        .as(indicator)
        .isEqualTo(usAndCanada);
    assertThat(counts(grouped, indicator, keys, count, List.of("US", "CA")))
        .as(indicator + ": no US or CA row once grouped")
        .isEmpty();
  }

  @Test
  void epochReleasesCountUsAndCanadaUnderTheGroup() {
    assertGrouped("open_weight_releases", List.of("year"), "open_weight_models");
    assertThat(counts(grouped, "open_weight_releases", List.of(), "open_weight_models", List.of()))
        .isEqualTo(
            counts(plain, "open_weight_releases", List.of(), "open_weight_models", List.of()));
  }

  @Test
  void epochComputeCountsUsAndCanadaUnderTheGroup() {
    assertGrouped("open_weight_compute", List.of("year", "threshold_label"), "models");
  }

  @Test
  void theScopesOfTheReferenceIndicatorsNameTheGroups() {
    for (String indicator :
        List.of("open_weight_releases", "open_weight_compute", "openness_by_origin")) {
      assertThat(grouped.indicator(indicator).scope())
          .as(indicator)
          .endsWith("; origins grouped: NA = CA+US");
      assertThat(plain.indicator(indicator).scope()).as(indicator).doesNotContain("grouped");
    }
  }

  @Test
  void eosaiOriginsCountUnderTheGroupLikeTheRegistrys() {
    assertGrouped("openness_by_origin", List.of(), "families");
    assertGrouped("openness_by_origin", List.of(), "eosai_tagged");
  }
}
