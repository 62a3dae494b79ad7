package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.testing.GoldenFiles;

/**
 * Junk lineage from real data (see FIXTURES.md): a self-reference, a "- Qwen/..." card value whose
 * parent is absent, ORIGINAL_REPO_NAME, and a cycle are handled as DESIGN.md says and shown in the
 * data-quality section; the whole JSON report of this slice is pinned by a golden file.
 */
class LineageJunkReportTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  private static Report report() throws URISyntaxException {
    Path file =
        Path.of(LineageJunkReportTest.class.getResource("/report/lineage-junk.jsonl").toURI());
    try (Store store = Store.inMemory()) {
      new Ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, DATE, file), IngestProgress.NONE);
      return new ReportBuilder(
              new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
          .build(DATE);
    }
  }

  private static long quality(Report r, String item) {
    return r.quality().summary().stream()
        .filter(row -> row.get("item").equals(item))
        .mapToLong(row -> ((Number) row.get("value")).longValue())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void junkLineageIsRepairedAndReported() throws URISyntaxException {
    Report r = report();
    assertThat(quality(r, "self-edges dropped")).isEqualTo(1);
    assertThat(quality(r, "edges removed to break cycles")).isEqualTo(1);
    assertThat(r.quality().lineageIssues())
        .extracting(row -> row.get("kind") + " " + row.get("child") + ">" + row.get("parent"))
        .containsExactly(
            // the id-ordered walk starts at MatiVexx/Roxi, climbs to tulsikopoi/NepAI, whose edge
            // back closes the cycle
            "cycle-broken tulsikopoi/NepAI>MatiVexx/Roxi",
            "self-edge Kevein/MakeIdea>Kevein/MakeIdea");
    assertThat(r.quality().ingestIssues())
        .extracting(row -> row.get("reason"))
        .contains("base_model value is not a Hub id");
    // the card's "- Qwen/..." names a parent absent from the snapshot: still a node, and the
    // child's root is Qwen (CN)
    List<Map<String, Object>> foundation = r.indicator("derivatives_by_foundation_origin").rows();
    assertThat(foundation)
        .extracting(row -> row.get("origin") + " " + row.get("relation"))
        .contains("CN unspecified");
    assertThat(
            quality(
                r, "nodes without a record (parents or tree children absent from the snapshot)"))
        .isPositive();
  }

  @Test
  void theJsonReportOfTheSliceIsPinned() throws URISyntaxException {
    StringWriter out = new StringWriter();
    JsonReport.write(report(), out);
    GoldenFiles.assertMatches("report/lineage-junk.expected.json", out.toString());
  }
}
