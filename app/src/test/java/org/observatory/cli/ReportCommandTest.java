package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  @ParameterizedTest(name = "COLUMNS={0}")
  @ValueSource(ints = {80, 200})
  void aTableFitsTheTerminalWidth(int columns) {
    CliRun run =
        CliRun.withEnv(
            Map.of("COLUMNS", String.valueOf(columns)),
            "report",
            "--db",
            db,
            "--indicator",
            "license_classes_by_origin");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("[license_classes_by_origin]")
        .contains("US      restricted-open-weights");
    List<Integer> widths = run.out().lines().map(String::length).toList();
    assertThat(widths).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(columns));
    // the text is wrapped to the width, not to the 120 columns of a pipe
    assertThat(java.util.Collections.max(widths)).isGreaterThan(columns - 20);
    if (columns < 120) {
      // the bounds' columns do not fit beside the others: left out, and named
      assertThat(run.out())
          .contains("... not shown at this width: share_downloads_low, share_downloads_high");
    } else {
      assertThat(run.out()).contains("share_downloads_high").doesNotContain("not shown");
    }
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

  /**
   * Issue 13: a model missing from the snapshot asked for (the latest, without --snapshot) is a
   * usage error of one line that names the snapshot holding it and the option to add; the advised
   * command then explains it. A model no snapshot holds says so.
   */
  @Test
  void explainNamesTheSnapshotThatHoldsAModelTheLatestLacks() {
    CliRun latest = CliRun.of("explain", "--db", db, "wnma3mz/Janus-Pro-7B-LM");

    assertThat(latest.exitCode()).isEqualTo(2);
    assertThat(latest.out()).isEmpty();
    assertThat(latest.err().strip().lines()).hasSize(1);
    assertThat(latest.err())
        .contains(
            "no model wnma3mz/Janus-Pro-7B-LM in the snapshot of 2025-10-12 (the latest);"
                + " it is in the snapshot of 2025-04-22: add --snapshot 2025-04-22");
    CliRun advised =
        CliRun.of("explain", "--db", db, "--snapshot", "2025-04-22", "wnma3mz/Janus-Pro-7B-LM");
    assertThat(advised.exitCode()).as(advised.err()).isZero();
    assertThat(advised.out()).contains("foundation origin CN");

    CliRun nowhere = CliRun.of("explain", "--db", db, "--snapshot", "2025-04-22", "nobody/nothing");
    assertThat(nowhere.exitCode()).isEqualTo(2);
    assertThat(nowhere.err())
        .contains(
            "no model nobody/nothing in the snapshot of 2025-04-22; no stored snapshot has it")
        .doesNotContain("add --snapshot");
  }

  /**
   * Issue 11: {@code --group CN=CN,HK,MO} reports Hong Kong and Macao with China: the grouped CN
   * row holds the downloads of the CN and HK rows of the ungrouped report (Qwen placed in HK by an
   * override file, for the test).
   */
  @Test
  void aGroupReportsItsCodesUnderOneLabel() throws IOException {
    Path hk =
        Files.writeString(
            tmp.resolve("hk.csv"),
            "author,origin,org_name,kind,source\nQwen,HK,Alibaba (test),company,manual: test\n");
    JsonNode plain =
        json(
            "report",
            "--db",
            db,
            "--snapshot",
            "2025-10-12",
            "--format",
            "json",
            "--origins",
            hk.toString());
    JsonNode grouped =
        json(
            "report",
            "--db",
            db,
            "--snapshot",
            "2025-10-12",
            "--format",
            "json",
            "--origins",
            hk.toString(),
            "--group",
            "CN=CN,HK,MO");
    double cn = downloads(plain, "CN");
    double hkDownloads = downloads(plain, "HK");
    assertThat(hkDownloads).isPositive();
    assertThat(downloads(grouped, "CN")).isEqualTo(cn + hkDownloads);
    assertThat(downloads(grouped, "HK")).isZero();
    assertThat(grouped.at("/snapshot/origin_groups/CN").toString())
        .isEqualTo("[\"CN\",\"HK\",\"MO\"]");
    assertThat(grouped.at("/meta/downloads_by_origin/scope").asText())
        .contains("origins grouped: CN = CN+HK+MO");

    CliRun bad = CliRun.of("report", "--db", db, "--group", "CN=CN,XX");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'XX' is not an ISO 3166-1 alpha-2 code");
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static double downloads(JsonNode report, String origin) {
    for (JsonNode row : report.get("downloads_by_origin")) {
      if (row.get("origin").asText().equals(origin)) {
        return row.get("downloads").asDouble();
      }
    }
    return 0;
  }
}
