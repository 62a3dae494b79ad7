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

    ClaimVerdict v = qwenClaim(r);
    assertThat(v.verdict()).isEqualTo("consistent");
    assertThat(v.ours()).isEqualTo(770_000_000.0);
    assertThat(v.snapshot()).isEqualTo(DATE);
    assertThat(v.window()).contains("all-time downloads up to 2025-10-12");
    assertThat(ClaimsTable.rows(List.of(v)).get(0))
        .containsEntry("ours", "770,000,000")
        .containsEntry("claimed", "700,000,000");
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
    assertThat(v.reason())
        .contains("No snapshot carries all-time downloads")
        .contains("`observatory fetch hub` or `observatory update`");
  }
}
