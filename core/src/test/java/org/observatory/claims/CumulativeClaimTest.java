package org.observatory.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.store.Store;

/**
 * The cumulative Qwen claim on a snapshot with all-time downloads (claims/qwen-all-time.jsonl; the
 * expected figures are worked out by hand in claims/FIXTURES.md): Qwen-rooted all-time downloads,
 * own and derivatives at 1/k, with the coverage; and {@code no data}, saying what to fetch, on the
 * same records without all-time counts.
 */
class CumulativeClaimTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 12);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The 30-day downloads of the Qwen-rooted records (the merge at 1/2) and of those among them with
   * an all-time count (all but Qwen3-Next-80B's 5,169,019), from the fixture (FIXTURES.md).
   */
  private static final double QWEN_DOWNLOADS =
      6_830_099.0 + 5_934_956 + 5_578_513 + 5_168_217 + 5_169_019 + 400_000 + 20_000 + 3_000 + 500;

  private static final double QWEN_COVERED = QWEN_DOWNLOADS - 5_169_019;

  @TempDir Path dir;

  private static Report report(Path file) {
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, DATE, file), IngestProgress.NONE);
      return new ReportBuilder(
              new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
          .build(DATE);
    }
  }

  private static Path fixture() {
    return Path.of("src/test/resources/claims/qwen-all-time.jsonl");
  }

  private static Map<String, Object> family(Report r, String author) {
    return r.indicator("families_by_root_author").rows().stream()
        .filter(row -> author.equals(row.get("root_author")))
        .findFirst()
        .orElseThrow();
  }

  private static ClaimVerdict qwenClaim(Report r) {
    Claim qwen =
        ClaimsCatalog.bundled().stream()
            .filter(c -> c.id().equals("qwen-700m-downloads"))
            .findFirst()
            .orElseThrow();
    return new ClaimsEvaluator(List.of(qwen))
        .evaluate(List.of(DATE), ClaimReports.only(d -> r))
        .get(0);
  }

  @Test
  void allTimeDownloadsOfQwenRootedModelsWithTheirCoverage() {
    Report r = report(fixture());

    Map<String, Object> qwen = family(r, "Qwen");
    assertThat(((Number) qwen.get("downloads_all_time")).doubleValue()).isEqualTo(770_000_000.0);
    assertThat(((Number) qwen.get("all_time_coverage")).doubleValue())
        .isCloseTo(15.0 / 17.0, within(1e-12));
    Map<String, Object> llama = family(r, "meta-llama");
    assertThat(((Number) llama.get("downloads_all_time")).doubleValue()).isEqualTo(310_000_000.0);
    assertThat(((Number) llama.get("all_time_coverage")).doubleValue()).isEqualTo(1.0);

    assertThat(((Number) qwen.get("all_time_download_coverage")).doubleValue())
        .isCloseTo(QWEN_COVERED / QWEN_DOWNLOADS, within(1e-12));
    assertThat(((Number) llama.get("all_time_download_coverage")).doubleValue()).isEqualTo(1.0);

    // 82.2% coverage is below the claim's 90%, but 770M is a lower bound that reaches 700M
    ClaimVerdict v = qwenClaim(r);
    assertThat(v.verdict()).isEqualTo("consistent");
    assertThat(v.ours()).isEqualTo(770_000_000.0);
    assertThat(v.coverage()).isCloseTo(QWEN_COVERED / QWEN_DOWNLOADS, within(1e-12));
    assertThat(v.reason())
        .contains(
            "coverage 82.2% (the share of the Qwen-rooted models' 30-day downloads on records")
        .contains(
            "below the 90.0% a verdict needs, but ours is a lower bound that already reaches");
    assertThat(v.snapshot()).isEqualTo(DATE);
    assertThat(v.window()).contains("all-time downloads up to 2025-10-12");
    assertThat(ClaimsTable.rows(List.of(v)).get(0))
        .containsEntry("ours", "770,000,000")
        .containsEntry("claimed", "700,000,000");
    assertThat(ClaimsTable.data(List.of(v)).get(0).get("coverage")).isEqualTo(v.coverage());
  }

  /**
   * Without the all-time count of Qwen/Qwen3-0.6B the sum is 520M over 58.8% of the family's 30-day
   * downloads: too little to say the claim is not reached, so no data, with the coverage.
   */
  @Test
  void tooLittleCoverageBelowTheClaimIsNoData() throws IOException {
    Report r = report(variant(Map.of("Qwen/Qwen3-0.6B", -1L)));

    ClaimVerdict v = qwenClaim(r);

    assertThat(v.verdict()).isEqualTo("no data");
    assertThat(v.ours()).isNull();
    assertThat(v.coverage())
        .isCloseTo((QWEN_COVERED - 6_830_099.0) / QWEN_DOWNLOADS, within(1e-12));
    assertThat(v.reason())
        .startsWith(
            "our partial figure, 520,000,000 in the snapshot of 2025-10-12, is not set beside the"
                + " claim: coverage 58.8% (")
        .contains("below the 90.0% a verdict needs")
        .contains("`observatory fetch hub` or `observatory update`");
  }

  /**
   * Every Qwen-rooted record with its count (Qwen3-Next 5M) and Qwen3-0.6B at 100M: 625M over all
   * of the family's downloads is a verdict, and it differs.
   */
  @Test
  void wholeCoverageBelowTheClaimDiffers() throws IOException {
    Report r =
        report(
            variant(
                Map.of(
                    "Qwen/Qwen3-Next-80B-A3B-Instruct",
                    5_000_000L,
                    "Qwen/Qwen3-0.6B",
                    100_000_000L)));

    ClaimVerdict v = qwenClaim(r);

    assertThat(v.verdict()).isEqualTo("differs");
    assertThat(v.ours()).isEqualTo(625_000_000.0);
    assertThat(v.coverage()).isEqualTo(1.0);
    assertThat(v.reason()).contains("coverage 100.0% (").contains("at least the 90.0% a verdict");
  }

  /** The fixture with these models' all-time counts replaced (a negative value removes it). */
  private Path variant(Map<String, Long> allTime) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(fixture())) {
      ObjectNode o = (ObjectNode) JSON.readTree(line);
      Long count = allTime.get(o.get("id").asText());
      if (count != null && count < 0) {
        o.remove("downloadsAllTime");
      } else if (count != null) {
        o.put("downloadsAllTime", count);
      }
      lines.add(o.toString());
    }
    return Files.write(dir.resolve("qwen-variant.jsonl"), lines);
  }

  @Test
  void withoutAllTimeCountsTheClaimSaysWhatToFetch() throws IOException {
    List<String> stripped = new ArrayList<>();
    for (String line : Files.readAllLines(fixture())) {
      ObjectNode o = (ObjectNode) JSON.readTree(line);
      o.remove("downloadsAllTime");
      stripped.add(o.toString());
    }
    Path file = Files.write(dir.resolve("qwen-30-day.jsonl"), stripped);
    Report r = report(file);

    assertThat(family(r, "Qwen").get("downloads_all_time")).isNull();
    assertThat(family(r, "Qwen").get("all_time_coverage")).isEqualTo(0.0);
    ClaimVerdict v = qwenClaim(r);
    assertThat(v.verdict()).isEqualTo("no data");
    assertThat(v.ours()).isNull();
    assertThat(v.coverage()).isNull();
    assertThat(v.reason())
        .contains("Our figure needs the all-time downloads of the family's models")
        .contains("`observatory fetch hub` or `observatory update`");
  }
}
