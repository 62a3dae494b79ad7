package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;

/** {@code report} and {@code explain} on a database of the real derivative trees. */
class ReportCommandTest {
  @TempDir static Path tmp;
  private static String db;

  @BeforeAll
  static void ingest() {
    db = tmp.resolve("o.duckdb").toString();
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--snapshot",
            "2025-04-22",
            SharedData.raw("hf-model-trees-oderinwale/Janus-Pro-7B_finetunes_20250422_225821.csv")
                .toString(),
            SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                .toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(
            CliRun.of(
                    "ingest",
                    "--db",
                    db,
                    "--snapshot",
                    "2025-10-12",
                    "--format",
                    "csv",
                    "--map",
                    "id=repo_id,author=owner",
                    SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv").toString())
                .exitCode())
        .isZero();
  }

  @Test
  void jsonHasOneKeyPerIndicatorPlusSnapshotMetaAndCredits() throws IOException {
    CliRun run = CliRun.of("report", "--db", db, "--snapshot", "2025-04-22", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .contains(
            "snapshot",
            "downloads_by_origin",
            "downloads_by_foundation_origin",
            "first_party_downloads_by_origin",
            "derivatives_by_foundation_origin",
            "builders_by_foundation_origin",
            "families",
            "license_classes",
            "concentration",
            "series",
            "data_quality",
            "meta",
            "credits");
    assertThat(json.at("/snapshot/date").asText()).isEqualTo("2025-04-22");
    assertThat(json.at("/snapshot/models").asLong()).isEqualTo(30);
    assertThat(json.at("/meta/downloads_by_origin/window").asText())
        .isEqualTo("30-day downloads as of 2025-04-22");
    JsonNode first = json.get("downloads_by_origin").get(0);
    assertThat(first.get("origin").asText()).isEqualTo("CN");
    assertThat(first.get("share").asDouble()).isBetween(0.9, 1.0);
    // the series holds every snapshot, each its own window
    assertThat(json.get("series").get("downloads_by_origin").findValuesAsText("snapshot"))
        .contains("2025-04-22", "2025-10-12");
  }

  @Test
  void theLatestSnapshotIsTheDefaultAndTablesStateTheirWindow() {
    CliRun run = CliRun.of("report", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("snapshot 2025-10-12")
        .contains("30-day downloads as of 2025-10-12")
        .contains("Credits:");
  }

  @Test
  void csvOfOneIndicatorOrAllAndHtmlToAFile() throws IOException {
    CliRun one =
        CliRun.of("report", "--db", db, "--format", "csv", "--indicator", "license_classes");
    assertThat(one.out().lines().findFirst().orElseThrow())
        .isEqualTo("class,models,downloads,share_models,share_downloads");
    CliRun all = CliRun.of("report", "--db", db, "--format", "csv");
    assertThat(all.out())
        .startsWith("snapshot,indicator,row,field,value")
        .contains("2025-10-12,concentration,");
    Path html = tmp.resolve("r.html");
    CliRun run = CliRun.of("report", "--db", db, "--format", "html", "--out", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(html))
        .contains("<svg class=\"chart bar\" id=\"chart-downloads_by_origin\"")
        .contains("id=\"scorecard\"")
        .contains("id=\"claims\"")
        .contains("Epoch AI")
        .doesNotContain("<script");
  }

  @Test
  void unknownSnapshotOrIndicatorIsAUsageError() {
    CliRun run = CliRun.of("report", "--db", db, "--snapshot", "2020-01-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no snapshot 2020-01-01").contains("2025-04-22");
    assertThat(CliRun.of("report", "--db", db, "--format", "csv", "--indicator", "nope").exitCode())
        .isEqualTo(2);
  }

  @Test
  void indicatorIsHonouredInEveryFormatAndAnUnknownNameListsTheValidOnes() throws IOException {
    CliRun json =
        CliRun.of("report", "--db", db, "--format", "json", "--indicator", "license_classes");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.has("license_classes")).isTrue();
    assertThat(tree.has("downloads_by_origin")).isFalse();
    assertThat(tree.get("meta").size()).isEqualTo(1);
    CliRun table = CliRun.of("report", "--db", db, "--indicator", "concentration");
    assertThat(table.out()).contains("[concentration]").doesNotContain("[license_classes]");
    CliRun html =
        CliRun.of("report", "--db", db, "--format", "html", "--indicator", "concentration");
    assertThat(html.out()).contains("id=\"concentration\"").doesNotContain("id=\"families\"");
    for (String format : List.of("table", "json", "csv", "html")) {
      CliRun bad = CliRun.of("report", "--db", db, "--format", format, "--indicator", "nope");
      assertThat(bad.exitCode()).as(format).isEqualTo(2);
      assertThat(bad.err())
          .as(format)
          .contains("no indicator 'nope'")
          .contains("valid names: downloads_by_origin, ")
          .contains("savings_reallocation");
    }
  }

  @Test
  void htmlToAFolderWritesTheReportItsDataFilesAndTheMethodology() throws IOException {
    Path dir = tmp.resolve("out-folder/");
    Files.createDirectories(dir);
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--snapshot",
            "2025-04-22",
            "--format",
            "html",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("report-2025-04-22.html");
    String html = Files.readString(dir.resolve("report-2025-04-22.html"));
    assertThat(html)
        .contains("href=\"data/license_classes-2025-04-22.csv\"")
        .contains("href=\"methodology.html#");
    assertThat(dir.resolve("methodology.html")).isRegularFile();
    assertThat(Files.readString(dir.resolve("data/license_classes-2025-04-22.csv")))
        .isEqualTo(
            CliRun.of(
                    "report",
                    "--db",
                    db,
                    "--snapshot",
                    "2025-04-22",
                    "--format",
                    "csv",
                    "--indicator",
                    "license_classes")
                .out());
    assertThat(new ObjectMapper().readTree(dir.resolve("data/report-2025-04-22.json").toFile()))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    CliRun.of("report", "--db", db, "--snapshot", "2025-04-22", "--format", "json")
                        .out()));
  }

  @Test
  void aTableFitsTheTerminalWidth() {
    CliRun run = CliRun.of("report", "--db", db, "--indicator", "license_classes_by_origin");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
  }

  @Test
  void anOriginsFileOverridesTheRegistry() throws IOException {
    Path origins =
        Files.writeString(
            tmp.resolve("origins.csv"),
            "author,origin,org_name,kind,source\ndeepseek-ai,FR,DeepSeek (test),company,manual: test override\n");
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--snapshot",
            "2025-04-22",
            "--format",
            "csv",
            "--indicator",
            "downloads_by_origin",
            "--origins",
            origins.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("FR,");
  }

  @Test
  void explainShowsRecordEdgesRootOriginAndLicense() {
    CliRun run =
        CliRun.of(
            "explain",
            "--db",
            db,
            "--snapshot",
            "2025-04-22",
            "https://huggingface.co/wnma3mz/Janus-Pro-7B-LM");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("wnma3mz/Janus-Pro-7B-LM")
        .contains("deepseek-ai/Janus-Pro-7B  finetune")
        .contains("foundation origin CN")
        .contains("origin: UNATTRIBUTED")
        .contains("license class:");
    assertThat(CliRun.of("explain", "--db", db, "nobody/nothing").exitCode()).isEqualTo(2);
  }
}
