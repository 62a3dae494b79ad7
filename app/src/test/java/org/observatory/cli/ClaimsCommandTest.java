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
    assertThat(byId.get("epoch-open-weight-2025-cn").get("ours").isNumber()).isTrue();
    assertThat(byId.get("epoch-open-weight-2025-cn").get("ours").asDouble()).isEqualTo(20);
    assertThat(byId.get("epoch-open-weight-2025-cn").get("ours_text").asText()).isEqualTo("20");
    assertThat(byId.get("epoch-open-weight-2025-cn").get("unit").asText()).isEqualTo("models");
    JsonNode share = byId.get("chinese-open-token-share");
    assertThat(share.get("claimed").asDouble()).isEqualTo(0.30);
    assertThat(share.get("claimed_text").asText()).isEqualTo("30.0%");
    assertThat(share.get("unit").asText()).isEqualTo("share");
    assertThat(byId.get("eosai-mean-us").get("verdict").asText()).isEqualTo("consistent");
    assertThat(byId.get("open-price-cut-70").get("verdict").asText()).isEqualTo("consistent");
    JsonNode cut = byId.get("open-price-cut-70");
    assertThat(cut.get("ours_text").asText()).contains(" to ");
    assertThat(cut.get("ours_low").asDouble()).isLessThan(cut.get("ours_high").asDouble());
    JsonNode builders = byId.get("builders-chinese-base");
    assertThat(builders.get("verdict").asText()).isEqualTo("not comparable");
    assertThat(builders.get("snapshot").asText()).isEqualTo("2025-04-26");
    assertThat(builders.get("source_scope").asText()).contains("VC");
    assertThat(byId.values())
        .allSatisfy(c -> assertThat(c.get("verdict").asText()).isNotEqualTo("no data"));
  }

  @Test
  void csvHasOneRowPerClaimWithNumbersAndUnits() throws Exception {
    CliRun json = CliRun.of("claims", "--db", db, "--format", "json");
    CliRun csv = CliRun.of("claims", "--db", db, "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    java.util.List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(csv.out()))
            .getRecords();
    JsonNode all = new ObjectMapper().readTree(json.out());

    assertThat(rows).hasSize(all.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).get("id")).isEqualTo(all.get(i).get("id").asText());
      assertThat(rows.get(i).get("unit")).isEqualTo(all.get(i).get("unit").asText());
      assertThat(Double.parseDouble(rows.get(i).get("claimed")))
          .isEqualTo(all.get(i).get("claimed").asDouble());
    }
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
