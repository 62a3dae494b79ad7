package org.observatory.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry covers every Hub dataset of {@code ../shared/data/raw} (issue 11), each file read in
 * full as {@link HubAuthorDownloads} says: every account holding at least 0.05% of a dataset's
 * 30-day downloads (of its models, for a file without downloads) or at least 20 of its models has a
 * row (an organisation with its country, an organisation the registry does not place, or an
 * individual, never placed), and the organisations left unplaced (rows without a country, and
 * accounts the registry does not know) hold under 3% of each dataset. Accounts compare
 * case-insensitively, as the registry looks them up.
 */
class RegistryCoverageTest {
  static final double SHARE = 0.0005;
  static final int MODELS = 20;

  /**
   * The Hub accounts the bundled registry places in a country or INTL (origin/NOTICE.md: rows with
   * a Hub handle, so neither name slugs nor OpenRouter maker names). Raise it with the registry.
   */
  static final int PLACED_HUB_ACCOUNTS = 1173;

  private static Map<String, HubAuthorDownloads.Dataset> datasets;
  private final OriginRegistry registry = OriginRegistry.bundled();

  @BeforeAll
  static void read() throws IOException {
    datasets = HubAuthorDownloads.all();
  }

  /**
   * Every Hub file of the raw data is read: the 2022 sample, the trees (with the models their lists
   * name: {@code Krabat}'s 443 fine-tunes of Llama-2-7b-chat have no row of their own), both files
   * of the seven major organisations and each of the 55 KBLab monthly files.
   */
  @Test
  void everyHubFileOfTheRawDataIsRead() {
    assertThat(datasets)
        .containsKeys(
            HubAuthorDownloads.LIANG,
            HubAuthorDownloads.TREES,
            HubAuthorDownloads.MAJOR_ORGS,
            HubAuthorDownloads.POPULAR,
            HubAuthorDownloads.KBLAB + "/2022-02-18_hf.csv",
            HubAuthorDownloads.KBLAB + "/2026-08-19_hf.csv")
        .hasSize(4 + 55);
    HubAuthorDownloads.Dataset trees = datasets.get(HubAuthorDownloads.TREES);
    assertThat(trees.models()).containsEntry("Krabat", 443);
    assertThat(trees.downloads()).containsEntry("Krabat", 0.0);
    assertThat(datasets.get(HubAuthorDownloads.POPULAR).models())
        .containsEntry("Qwen", 3)
        .containsKeys("teknium", "aaditya");
  }

  @Test
  void everyAccountAboveTheThresholdOfEveryHubDatasetHasARow() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, HubAuthorDownloads.Dataset> d : datasets.entrySet()) {
      Map<String, Double> weights = d.getValue().weights();
      double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
      for (Map.Entry<String, Double> a : weights.entrySet()) {
        int models = d.getValue().models().get(a.getKey());
        if (a.getValue() >= SHARE * total || models >= MODELS) {
          checked++;
          if (registry.lookup(a.getKey()).isEmpty()) {
            missing.add(
                String.format(
                    Locale.ROOT,
                    "%s (%s: %.3f%% of %s, %d models)",
                    a.getKey(),
                    d.getKey(),
                    100 * a.getValue() / total,
                    d.getValue().hasDownloads() ? "downloads" : "models",
                    models));
          }
        }
      }
    }
    assertThat(missing).as("accounts above the threshold without a registry row").isEmpty();
    assertThat(checked).isGreaterThan(500);
  }

  /**
   * The coverage figures of origin/NOTICE.md ("Coverage", written by the same split), per dataset,
   * named in the assertion's message when it fails: organisations unplaced (known organisations
   * without a country, and unknown accounts) under 3%; the individuals' share is its own part of
   * the figure.
   */
  @Test
  void organisationsLeftUnplacedHoldUnderThreePercentOfEveryDataset() {
    Map<String, String> figures = new TreeMap<>();
    for (Map.Entry<String, HubAuthorDownloads.Dataset> d : datasets.entrySet()) {
      double[] split = split(d.getValue().weights());
      figures.put(
          d.getKey(),
          String.format(
              Locale.ROOT,
              "placed %.2f%%, organisations unplaced %.2f%%, individuals %.2f%% of %s",
              100 * split[0],
              100 * split[1],
              100 * split[2],
              d.getValue().hasDownloads() ? "downloads" : "models"));
      assertThat(split[1]).as(d.getKey() + ": " + figures.get(d.getKey())).isLessThan(0.03);
      assertThat(split[0] + split[1] + split[2]).isCloseTo(1.0, Offset.offset(1e-9));
    }
    assertThat(figures).hasSameSizeAs(datasets);
  }

  /** Shares of a dataset's weight: placed, organisations unplaced (or unknown), individuals. */
  double[] split(Map<String, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double placed = 0;
    double individuals = 0;
    for (Map.Entry<String, Double> a : weights.entrySet()) {
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
   * Issue 11 asks for well over 1,000 placed Hub accounts; this pins what the registry really
   * places, so that a lost row fails here and the NOTICE's count stays true.
   */
  @Test
  void theRegistryPlacesThePlacedHubAccountCountOfTheNotice() throws IOException {
    long placedHandles =
        registry.rows().stream()
            .filter(Origin::placed)
            .filter(r -> !r.source().contains("no hub handle found"))
            .filter(r -> !r.source().contains("hub handle n/a"))
            .count();
    assertThat(placedHandles).isGreaterThanOrEqualTo(PLACED_HUB_ACCOUNTS);
    try (var in = getClass().getClassLoader().getResourceAsStream("origin/NOTICE.md")) {
      String notice = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(notice).contains(placedHandles + " Hub accounts placed");
    }
  }
}
