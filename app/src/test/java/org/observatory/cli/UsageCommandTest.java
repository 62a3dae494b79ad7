package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;

/**
 * Usage and prices as a user handles them: {@code ingest} reads the OpenRouter and llm-prices files
 * by content, {@code snapshots} lists them, {@code report} shows indicators 9 and 10 with their
 * scope, credits and the savings range ({@code --efficiency}, {@code --capability}); bad files exit
 * 3 naming file and record and leave the listing as it was.
 */
class UsageCommandTest {
  @TempDir static Path tmp;
  private static String db;

  @BeforeAll
  static void ingest() {
    db = tmp.resolve("u.duckdb").toString();
    CliRun hub =
        CliRun.of(
            "ingest",
            "--db",
            db,
            SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                .toString());
    assertThat(hub.exitCode()).as(hub.err()).isZero();
    CliRun usage =
        CliRun.of(
            "ingest",
            "--db",
            db,
            SharedData.raw("openrouter-weekly-top-models").toString(),
            SharedData.raw("openrouter-models-api").toString(),
            SharedData.raw("llm-prices-simonw").toString());
    assertThat(usage.exitCode()).as(usage.err()).isZero();
    assertThat(usage.out())
        .contains("Ingested 38 file(s)")
        .contains("2026-02-16.json")
        .contains("openrouter-weekly")
        .contains("openrouter-models")
        .contains("llm-prices");
  }

  private static String listing() {
    CliRun run = CliRun.of("snapshots", "--db", db);
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  @Test
  void snapshotsListTheUsageFilesBesideTheSnapshots() {
    assertThat(listing())
        .contains("2025-04-22")
        .containsPattern("openrouter-weekly\\s+2026-02-16\\s+10\\s+2026-02-16.json")
        .containsPattern("openrouter-models\\s+2026-08-14\\s+549\\s+openrouter_models_all.json")
        .contains("anthropic.json");
  }

  @Test
  void theJsonReportHasUsageSharesAndSavingsOfEveryWeekWithScopeAndCredits() throws IOException {
    CliRun run = CliRun.of("report", "--db", db, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());

    assertThat(json.get("usage_share_by_week")).hasSize(26);
    assertThat(json.get("savings")).hasSize(26);
    JsonNode week = json.get("usage_share_by_week").get(12);
    assertThat(week.get("week").asText()).isEqualTo("2026-02-16");
    assertThat(week.get("cn_tokens").asLong()).isEqualTo(4_126_000_000_000L);
    assertThat(week.get("us_tokens").asLong()).isEqualTo(3_375_000_000_000L);
    assertThat(json.at("/meta/usage_share/scope").asText())
        .contains("top-N models of OpenRouter's weekly ranking")
        .contains("roughly 1% of the world's AI tokens");
    assertThat(json.at("/meta/savings/assumptions").get(0).asText())
        .contains("Token-efficiency range 1.0x to 4.0x");
    assertThat(json.at("/meta/savings/credits").toString())
        .contains("johnbean393/openrouter-inference-stats")
        .contains("llm-prices.com by Simon Willison");
    assertThat(json.get("credits").toString()).contains("llm-prices.com by Simon Willison");
  }

  @Test
  void theEfficiencyOptionMovesTheSavingsRange() {
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--format",
            "csv",
            "--indicator",
            "savings",
            "--efficiency",
            "1.5:3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .contains("saving_low_usd,saving_high_usd,saving_share_low,saving_share_high");
    assertThat(run.out()).contains(",1.5,3,");

    CliRun table = CliRun.of("report", "--db", db, "--efficiency", "2:2");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("10. Price of open vs closed models")
        .contains("Assumes: Token-efficiency range 2.0x to 2.0x");

    CliRun bad = CliRun.of("report", "--db", db, "--efficiency", "4:1");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("0 < MIN <= MAX");
  }

  @Test
  void aCapabilityFileOverridesTheBandsAndABadOneIsBadInput() throws IOException {
    Path bands =
        Files.writeString(
            tmp.resolve("bands.csv"),
            "model,band,source\nanthropic/claude-4.6-opus,frontier,test\n");
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--format",
            "csv",
            "--indicator",
            "savings_reallocation",
            "--capability",
            bands.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("anthropic/claude-4.6-opus-20260205,frontier,")
        .contains("not moved: no paid open model of its band charted that week");

    Path bad = Files.writeString(tmp.resolve("bad.csv"), "model,tier\nx,y\n");
    CliRun failed = CliRun.of("report", "--db", db, "--capability", bad.toString());
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.err()).contains("bad.csv, line 1").contains("model,band,source");
  }

  @Test
  void aWeightsFileDecidesOpenOrClosedAndABadOneIsBadInput() throws IOException {
    Path weights =
        Files.writeString(
            tmp.resolve("weights.csv"),
            "model,weights,source\nxiaomi/mimo-v2-pro,open,https://example.org/weights\n");
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--format",
            "csv",
            "--indicator",
            "usage_models",
            "--weights",
            weights.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("xiaomi/mimo-v2-pro-20260318,xiaomi,CN,open,[^\\n]*open-weights override")
        .contains("https://huggingface.co/XiaomiMiMo/MiMo-V2-Flash");

    Path bad = Files.writeString(tmp.resolve("badw.csv"), "model,weights,source\nx/y,maybe,z\n");
    CliRun failed = CliRun.of("report", "--db", db, "--weights", bad.toString());
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.err()).contains("badw.csv, line 2").contains("open or closed");
  }

  @Test
  void badUsageAndPriceFilesExitThreeNamingFileAndRecordAndStoreNothing() throws IOException {
    String before = listing();
    String week = Files.readString(SharedData.raw("openrouter-weekly-top-models/2026-02-16.json"));

    Path truncated =
        Files.writeString(tmp.resolve("2026-02-23.json"), week.substring(0, week.length() - 200));
    CliRun run = CliRun.of("ingest", "--db", db, truncated.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("2026-02-23.json, line ").contains("invalid JSON");

    Path csv =
        Files.writeString(
            tmp.resolve("daily.csv"),
            "date,model,tokens,requests\n"
                + "2026-02-16,deepseek/deepseek-v3.2,120000000000,5000\n"
                + "2026-02-16,x-ai/grok-4.1-fast,1.2e11x,7\n");
    run = CliRun.of("ingest", "--db", db, csv.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("daily.csv, line 3")
        .contains("record 2 (model 'x-ai/grok-4.1-fast')")
        .contains("tokens '1.2e11x'");

    Path prices =
        Files.writeString(
            tmp.resolve("acme.json"),
            "{\"vendor\":\"acme\",\"models\":[{\"id\":\"acme-1\",\"name\":\"Acme 1\","
                + "\"price_history\":{\"input\":1,\"output\":2}}]}");
    run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            SharedData.raw("llm-prices-simonw/openai.json").toString(),
            prices.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("acme.json")
        .contains("record models[0] (id 'acme-1'): 'price_history' is not a list");

    assertThat(listing()).isEqualTo(before);
  }
}
