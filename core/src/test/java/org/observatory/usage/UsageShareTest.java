package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Indicator;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.Scorecard;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/**
 * Indicator 9 on the 26 bundled weekly files equals a computation straight from the raw JSON, made
 * here without the Observatory's SQL: per week, the sum of {@code total_tokens} by the maker prefix
 * of each slug, with the makers' countries as Epoch AI gives them.
 */
class UsageShareTest {
  /** The makers of the bundled rankings by country (Epoch AI's country of the organisation). */
  private static final Set<String> CHINA =
      Set.of("deepseek", "minimax", "moonshotai", "z-ai", "qwen", "xiaomi", "stepfun", "tencent");

  private static final Set<String> US =
      Set.of("anthropic", "google", "x-ai", "openai", "arcee-ai", "nvidia");

  private static UsageReports reports;
  private static Report report;

  @BeforeAll
  static void build() {
    reports = new UsageReports();
    report = reports.report();
  }

  @AfterAll
  static void close() {
    reports.close();
  }

  /** Per week: total, CN and US tokens, straight from the raw files. */
  private static Map<String, long[]> fromRawFiles() throws IOException {
    Map<String, long[]> weeks = new TreeMap<>();
    try (Stream<Path> files = Files.list(UsageData.weeklyFolder())) {
      for (Path f : files.sorted().toList()) {
        JsonNode week = new ObjectMapper().readTree(f.toFile());
        long[] sums = new long[3];
        for (JsonNode m : week.get("models")) {
          String maker = m.get("slug").asText().split("/")[0];
          long tokens = m.get("total_tokens").asLong();
          sums[0] += tokens;
          sums[1] += CHINA.contains(maker) ? tokens : 0;
          sums[2] += US.contains(maker) ? tokens : 0;
        }
        weeks.put(week.get("date").asText(), sums);
      }
    }
    return weeks;
  }

  @Test
  void theWeekOf2026_02_16ShowsChinaAt4_13TrillionTokensAndTheUsAt3_38() throws IOException {
    long[] raw = fromRawFiles().get("2026-02-16");
    assertThat(raw[1]).isEqualTo(4_126_000_000_000L);
    assertThat(raw[2]).isEqualTo(3_375_000_000_000L);

    Map<String, Object> week =
        UsageReports.row(report, "usage_share_by_week", "week", "2026-02-16");
    assertThat(week)
        .containsEntry("charted_models", 10L)
        .containsEntry("tokens", 7_501_000_000_000L)
        .containsEntry("cn_tokens", raw[1])
        .containsEntry("us_tokens", raw[2])
        .containsEntry("other_tokens", 0L)
        .containsEntry("unattributed_tokens", 0L);
    assertThat(UsageReports.number(week, "cn_share")).isCloseTo(4.126 / 7.501, within(1e-12));
    // the four Chinese models of that week are open weights; of the six US ones, the free Trinity
    // Large Preview (0.440T) is open by the bundled override (issue 11: it was counted closed)
    assertThat(UsageReports.number(week, "cn_open_share")).isCloseTo(4.126 / 7.501, within(1e-12));
    assertThat(UsageReports.number(week, "open_share"))
        .isCloseTo((4.126 + 0.440) / 7.501, within(1e-12));

    List<Map<String, Object>> rows =
        report.indicator("usage_share").rows().stream()
            .filter(r -> r.get("period").toString().equals("2026-02-16"))
            .toList();
    assertThat(rows)
        .extracting(r -> r.get("origin_weights") + " " + r.get("models") + " " + r.get("tokens"))
        .containsExactly(
            "CN open 4 4126000000000", "US closed 5 2935000000000", "US open 1 440000000000");
  }

  /**
   * Issue 11: a week without tokens of an origin gave {@code null} where it means 0 (other and
   * unattributed tokens in every bundled week but the stealth-model weeks).
   */
  @Test
  void aWeekWithoutTokensOfAnOriginShowsZeroNotNull() {
    assertThat(report.indicator("usage_share_by_week").rows())
        .hasSize(26)
        .allSatisfy(
            w -> {
              for (String field :
                  List.of("cn_tokens", "us_tokens", "other_tokens", "unattributed_tokens")) {
                assertThat(w.get(field)).as(w.get("week") + " " + field).isInstanceOf(Long.class);
              }
            });
  }

  @Test
  void everyWeeksChineseAndUsSharesEqualTheRawFiles() throws IOException {
    Map<String, long[]> raw = fromRawFiles();
    List<Map<String, Object>> weeks = report.indicator("usage_share_by_week").rows();

    assertThat(weeks).hasSize(26);
    assertThat(weeks)
        .extracting(r -> r.get("week").toString())
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    for (Map<String, Object> w : weeks) {
      long[] sums = raw.get(w.get("week").toString());
      assertThat(w.get("tokens")).as(w.get("week") + " tokens").isEqualTo(sums[0]);
      assertThat(UsageReports.number(w, "cn_share"))
          .as(w.get("week") + " CN share")
          .isCloseTo((double) sums[1] / sums[0], within(1e-12));
      assertThat(UsageReports.number(w, "us_share"))
          .as(w.get("week") + " US share")
          .isCloseTo((double) sums[2] / sums[0], within(1e-12));
    }
  }

  /**
   * Per week, the part of its tokens whose maker has a country (Epoch AI's, as above), straight
   * from the raw files: OpenRouter's own stealth models ({@code openrouter/...}) are the rest.
   */
  private static Map<String, Double> attributedFromRawFiles() throws IOException {
    Map<String, Double> weeks = new TreeMap<>();
    for (Map.Entry<String, long[]> w : fromRawFiles().entrySet()) {
      long[] sums = w.getValue();
      weeks.put(w.getKey(), (double) (sums[1] + sums[2]) / sums[0]);
    }
    return weeks;
  }

  /**
   * Issue 11 display defect: each week carries its own attribution coverage, equal to the raw
   * files' (91.6% in 2026-03-23, a stealth model's week, where the all-weeks coverage says 99.0%).
   */
  @Test
  void everyWeeksAttributionCoverageEqualsTheRawFiles() throws IOException {
    Map<String, Double> raw = attributedFromRawFiles();
    List<Map<String, Object>> weeks = report.indicator("usage_share_by_week").rows();

    assertThat(weeks).hasSize(raw.size());
    for (Map<String, Object> w : weeks) {
      assertThat(UsageReports.number(w, "attributed_share"))
          .as(w.get("week") + " attributed share")
          .isCloseTo(raw.get(w.get("week").toString()), within(1e-12));
    }
    assertThat(raw.get("2026-03-23")).isCloseTo(0.9157, within(1e-4));
    assertThat(report.indicator("usage_share_by_week").coverage().attributedShare())
        .isCloseTo(0.9896, within(1e-4));
  }

  /**
   * The scorecard prints each week's figure with that week's coverage, never the coverage of all
   * weeks loaded: here three weeks, two of them with stealth-model tokens.
   */
  @Test
  void theScorecardPrintsEachWeeksOwnCoverageBesideItsFigure() throws IOException {
    Map<String, Double> raw = attributedFromRawFiles();
    List<String> shown = List.of("2026-03-23", "2026-03-16", "2026-03-09");
    try (Store store = Store.inMemory()) {
      UsageData.withSnapshot(store);
      UsageData.ingest(
          store,
          UsageData.week(shown.get(0)),
          UsageData.week(shown.get(1)),
          UsageData.week(shown.get(2)),
          UsageData.modelsApi(),
          UsageData.prices());
      Report three =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(UsageData.SNAPSHOT);
      String figures = usageLine(three);

      String[] parts = figures.split("; ");
      assertThat(parts).as(figures).hasSize(3);
      for (int k = 0; k < 3; k++) {
        assertThat(parts[k])
            .as(figures)
            .startsWith(shown.get(k) + " ")
            .endsWith(
                String.format(
                    Locale.ROOT, ", %.1f%% of tokens attributed", raw.get(shown.get(k)) * 100));
      }
      assertThat(parts[0]).endsWith(", 91.6% of tokens attributed");
      assertThat(parts[2]).endsWith(", 100.0% of tokens attributed");
    }
    // the latest three of all 26 weeks have no stealth tokens: their coverage once, not the 99.0%
    // of all weeks
    String latest = usageLine(report);
    assertThat(raw.get("2026-05-11")).isEqualTo(1.0);
    assertThat(latest)
        .startsWith("2026-05-11 ")
        .endsWith(", 100.0% of tokens attributed in each week shown")
        .doesNotContain("99.0%");
  }

  /** The figures of the scorecard's usage line. */
  private static String usageLine(Report r) {
    return Scorecard.of(r, List.of()).stream()
        .filter(l -> l.indicator().equals("usage_share_by_week"))
        .findFirst()
        .orElseThrow()
        .figures();
  }

  @Test
  void sharesOfEachWeekSumToOneAndTheScopeIsStated() {
    Map<Object, Double> sums = new TreeMap<>();
    for (Map<String, Object> r : report.indicator("usage_share").rows()) {
      sums.merge(r.get("period"), UsageReports.number(r, "share"), Double::sum);
    }
    assertThat(sums)
        .hasSize(26)
        .allSatisfy((week, sum) -> assertThat(sum).isCloseTo(1, within(1e-9)));

    Indicator i = report.indicator("usage_share");
    assertThat(i.scope())
        .contains("top-N models of OpenRouter's weekly ranking (N from each file: 9-10)")
        .contains("26 weeks 2025-11-16 to 2026-05-11")
        .contains("roughly 1% of the world's AI tokens")
        .contains("prompt + completion + reasoning");
    assertThat(i.window()).contains("2025-11-16 to 2026-05-11");
    assertThat(i.spec().credits())
        .anyMatch(c -> c.contains("johnbean393/openrouter-inference-stats"));
    assertThat(report.credits()).anyMatch(c -> c.contains("llm-prices.com by Simon Willison"));
  }
}
