package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code observatory claims} on the demo database: every claim beside our figure, with a verdict.
 */
class ClaimsCommandTest {
  @TempDir static Path tmp;
  private static String db;

  @BeforeAll
  static void demo() {
    CliRun run = CliRun.of("demo", "--out", tmp.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Claims of the debate, checked");
    db = tmp.resolve("observatory.duckdb").toString();
  }

  @Test
  void everyClaimGetsAVerdictFromTheDataLoaded() throws Exception {
    CliRun run = CliRun.of("claims", "--db", db, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, JsonNode> byId = new HashMap<>();
    new ObjectMapper().readTree(run.out()).forEach(c -> byId.put(c.get("id").asText(), c));
    assertThat(byId.get("epoch-open-weight-2025-cn").get("verdict").asText())
        .isEqualTo("consistent");
    assertThat(byId.get("epoch-open-weight-2025-cn").get("ours").asText()).isEqualTo("20");
    assertThat(byId.get("eosai-mean-us").get("verdict").asText()).isEqualTo("consistent");
    assertThat(byId.get("open-price-cut-70").get("verdict").asText()).isEqualTo("consistent");
    assertThat(byId.get("open-price-cut-70").get("ours").asText()).contains(" to ");
    JsonNode builders = byId.get("builders-chinese-base");
    assertThat(builders.get("verdict").asText()).isEqualTo("not comparable");
    assertThat(builders.get("snapshot").asText()).isEqualTo("2025-04-26");
    assertThat(builders.get("source_scope").asText()).contains("VC");
    // the bundled sample has no all-time downloads: the cumulative claim says what to fetch
    JsonNode qwen = byId.remove("qwen-700m-downloads");
    assertThat(qwen.get("verdict").asText()).isEqualTo("no data");
    assertThat(qwen.get("reason").asText())
        .contains("`observatory fetch hub` or `observatory update`");
    assertThat(byId.values())
        .allSatisfy(c -> assertThat(c.get("verdict").asText()).isNotEqualTo("no data"));
  }

  @Test
  void theTableAndTheHtmlReportsShowTheClaims() throws Exception {
    CliRun run = CliRun.of("claims", "--db", db);
    assertThat(run.out())
        .contains("[CONSISTENT] In 2025 China released 20 notable open-weight models")
        .contains("their scope:")
        .contains("why:");
    assertThat(Files.readString(tmp.resolve("report.html")))
        .contains("id=\"claims\"")
        .contains("Qwen surpassed 700 million downloads");
  }
}
