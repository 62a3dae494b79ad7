package org.observatory.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry covers every Hub dataset of {@code ../shared/data/raw} (issue 11): every account
 * holding at least 0.05% of a dataset's 30-day downloads or at least 20 of its models has a row (an
 * organisation with its country, an organisation the registry does not place, or an individual,
 * never placed), and the organisations left unplaced (rows without a country, and accounts the
 * registry does not know) hold under 3% of each dataset's downloads. Downloads are summed over an
 * author's models in each file, as {@link HubAuthorDownloads} says; accounts compare
 * case-insensitively, as the registry looks them up.
 */
class RegistryCoverageTest {
  static final double SHARE = 0.0005;
  static final int MODELS = 20;

  private static final Map<String, HubAuthorDownloads.Dataset> DATASETS = new LinkedHashMap<>();
  private final OriginRegistry registry = OriginRegistry.bundled();

  @BeforeAll
  static void read() throws IOException {
    DATASETS.put(HubAuthorDownloads.LIANG, HubAuthorDownloads.liangDataset());
    DATASETS.put(HubAuthorDownloads.TREES, HubAuthorDownloads.treesDataset());
    DATASETS.put(HubAuthorDownloads.MAJOR_ORGS, HubAuthorDownloads.majorOrgs());
    DATASETS.put(HubAuthorDownloads.KBLAB, HubAuthorDownloads.kblab());
  }

  @Test
  void everyAccountAboveTheThresholdOfEveryHubDatasetHasARow() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, HubAuthorDownloads.Dataset> d : DATASETS.entrySet()) {
      double total = d.getValue().total();
      for (Map.Entry<String, Double> a : d.getValue().downloads().entrySet()) {
        int models = d.getValue().models().get(a.getKey());
        if (a.getValue() >= SHARE * total || models >= MODELS) {
          checked++;
          if (registry.lookup(a.getKey()).isEmpty()) {
            missing.add(
                String.format(
                    Locale.ROOT,
                    "%s (%s: %.3f%% of downloads, %d models)",
                    a.getKey(),
                    d.getKey(),
                    100 * a.getValue() / total,
                    models));
          }
        }
      }
    }
    assertThat(missing).as("accounts above the threshold without a registry row").isEmpty();
    assertThat(checked).isGreaterThan(450);
  }

  /**
   * The coverage figures of origin/NOTICE.md ("Coverage", written by the same split), per dataset,
   * named in the assertion's message when it fails: organisations unplaced (known organisations
   * without a country, and unknown accounts) under 3% of downloads; the individuals' share is its
   * own part of the figure.
   */
  @Test
  void organisationsLeftUnplacedHoldUnderThreePercentOfEveryDataset() {
    Map<String, String> figures = new TreeMap<>();
    for (Map.Entry<String, HubAuthorDownloads.Dataset> d : DATASETS.entrySet()) {
      double[] split = split(d.getValue());
      figures.put(
          d.getKey(),
          String.format(
              Locale.ROOT,
              "placed %.2f%%, organisations unplaced %.2f%%, individuals %.2f%%",
              100 * split[0],
              100 * split[1],
              100 * split[2]));
      assertThat(split[1]).as(d.getKey() + ": " + figures.get(d.getKey())).isLessThan(0.03);
      assertThat(split[0] + split[1] + split[2])
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(figures).hasSize(4);
  }

  /** Shares of a dataset's downloads: placed, organisations unplaced (or unknown), individuals. */
  double[] split(HubAuthorDownloads.Dataset d) {
    double total = d.total();
    double placed = 0;
    double individuals = 0;
    for (Map.Entry<String, Double> a : d.downloads().entrySet()) {
      var row = registry.lookup(a.getKey());
      if (row.isPresent() && row.get().placed()) {
        placed += a.getValue();
      } else if (row.isPresent() && row.get().kind() == OrgKind.INDIVIDUAL) {
        individuals += a.getValue();
      }
    }
    return new double[] {
      placed / total, (total - placed - individuals) / total, individuals / total
    };
  }

  /**
   * A floor under the number of Hub accounts the registry places (rows with a country and a Hub
   * handle), raised as rows are added so that none is lost unnoticed. Issue 11 aims at well over
   * 1,000; this checks only the count reached so far (see origin/NOTICE.md).
   */
  @Test
  void theRegistryPlacesNoFewerHubAccountsThanItsLastCount() {
    long placedHandles =
        registry.rows().stream()
            .filter(Origin::placed)
            .filter(r -> !r.source().contains("no hub handle found"))
            .filter(r -> !r.source().contains("hub handle n/a"))
            .count();
    assertThat(placedHandles).isGreaterThan(640);
  }
}
