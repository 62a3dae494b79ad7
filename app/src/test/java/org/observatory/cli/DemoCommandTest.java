package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demoIngestsTheBundledSampleAndKeepsTheDatabaseWhenAsked() {
    CliRun run = CliRun.of("demo", "--out", tmp.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("2,028 records read, 2,028 stored")
        .contains("1,417 records read, 1,417 stored")
        .containsPattern("2025-04-26\\s+1,417\\s+7,023")
        .contains("NOTICE");
    assertThat(run.out())
        .contains("Scorecard, snapshot 2025-04-26")
        .contains("Scorecard, snapshot 2025-10-12")
        .containsPattern("Downloads, by publisher's origin\\s+US \\d")
        .containsPattern("Derivatives, by foundation origin\\s+US 96\\.0%, CN 2\\.5%")
        .containsPattern("Openness \\(mean EOSAI score\\), by origin\\s+US 0\\.479, CN 0\\.458")
        // METHODOLOGY: the bundled notable models have none at 10^25 in 2025
        .containsPattern(
            "Open-weight models at or above 10\\^25 FLOP \\(Epoch AI\\)\\s+2025: none of 36 open-weight"
                + " models at >=1e25 FLOP")
        // a lineage line of the snapshot without edges says so
        .containsPattern(
            "New derivatives: challenger overtaking the leader\\s+\\(no lineage edges in this"
                + " snapshot; see the snapshot of 2025-04-26\\)");
    assertThat(run.out())
        .contains("Ingested 196 eosai file(s): 218 records read, 217 stored, 1 skipped")
        .contains("submission template: no system name")
        .contains("Ingested 273 mof file(s): 273 records read, 273 stored");
    assertThat(run.out())
        .containsPattern("Chinese-made share of OpenRouter's weekly top tokens\\s+2026-05-11 \\d")
        .containsPattern(
            "Saving if closed demand moved to open models\\s+2026-05-11 \\d+\\.\\d% to \\d+\\.\\d%"
                + " of spend");
    assertThat(run.out())
        .contains("Ingested 26 openrouter-weekly file(s)")
        .contains("Ingested 1 openrouter-models file(s): 549 records read")
        .contains("usage and prices: weekly, 2025-11-16 to 2026-05-11");
    assertThat(Files.exists(tmp.resolve("observatory.duckdb"))).isTrue();
    assertThat(tmp.resolve("report.html")).exists();
    assertThat(tmp.resolve("report-2025-04-26.html"))
        .content()
        .contains("chart-derivatives_by_foundation_origin")
        .contains("chart-openness_by_origin");
    assertThat(CliRun.of("snapshots", "--db", tmp.resolve("observatory.duckdb").toString()).out())
        .contains("2025-10-12");
  }
}
