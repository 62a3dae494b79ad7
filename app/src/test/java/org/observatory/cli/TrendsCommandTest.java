package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;

/**
 * The trend indicators through the command line (issue 10): JSON keys and meta, one CSV table per
 * indicator, {@code --min-downloads} and {@code --thresholds}, the scorecard sentences. Data: the
 * DeepSeek-V3 and Llama-2-7b trees (a real crossover in January 2025) and Epoch AI's large-scale
 * models.
 */
class TrendsCommandTest {
  static final List<String> TRENDS =
      List.of(
          "new_derivatives_by_month",
          "new_models_by_month",
          "crossover",
          "downloads_by_size_class",
          "open_weight_compute");
  private static final ObjectMapper JSON = new ObjectMapper();

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
            SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv")
                .toString(),
            SharedData.raw("hf-model-trees-oderinwale/Llama-2-7b_finetunes_20250422_201036.csv")
                .toString(),
            SharedData.raw("epoch-ai/large_scale_ai_models.csv").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static JsonNode json(String... extra) throws IOException {
    String[] args = new String[4 + extra.length];
    System.arraycopy(new String[] {"report", "--db", db, "--format"}, 0, args, 0, 4);
    System.arraycopy(extra, 0, args, 4, extra.length);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void everyTrendIndicatorIsInTheJsonWithItsMetaAndAsItsOwnCsvTable() throws IOException {
    JsonNode report = json("json");
    for (String name : TRENDS) {
      assertThat(report.get(name).size()).as(name).isPositive();
      JsonNode meta = report.at("/meta/" + name);
      assertThat(meta.get("definition").asText()).as(name).isNotBlank();
      assertThat(meta.get("scope").asText()).as(name).isNotBlank();
      assertThat(meta.get("window").asText()).as(name).isNotBlank();

      CliRun csv = CliRun.of("report", "--db", db, "--format", "csv", "--indicator", name);
      assertThat(csv.exitCode()).as(csv.err()).isZero();
      List<org.apache.commons.csv.CSVRecord> records =
          org.apache.commons.csv.CSVFormat.DEFAULT
              .parse(new java.io.StringReader(csv.out()))
              .getRecords();
      List<String> fields = new java.util.ArrayList<>();
      report.get(name).get(0).fieldNames().forEachRemaining(fields::add);
      assertThat(records.get(0).toList()).as(name).isEqualTo(fields);
      assertThat(records).as(name).hasSize(report.get(name).size() + 1);
    }
    JsonNode months = report.at("/meta/new_derivatives_by_month");
    assertThat(months.get("first_month").asText()).matches("\\d{4}-\\d{2}");
    assertThat(months.get("last_month").asText()).isEqualTo("2025-04");
    assertThat(months.get("min_downloads").asLong()).isZero();
    assertThat(months.get("window").asText())
        .contains(months.get("first_month").asText() + " to 2025-04");
    assertThat(report.at("/meta/open_weight_compute/thresholds").size()).isEqualTo(4);
    assertThat(report.at("/meta/open_weight_compute/credits/0").asText()).contains("Epoch AI");
    JsonNode cn = null;
    for (JsonNode r : report.get("crossover")) {
      cn = "CN".equals(r.get("challenger").asText()) ? r : cn;
    }
    assertThat(cn.get("leader").asText()).isEqualTo("US");
    assertThat(cn.get("month").asText()).isEqualTo("2025-01");
  }

  @Test
  void minDownloadsFiltersTheMonthlySeriesAndIsInTheirMeta() throws IOException {
    JsonNode all = json("json");
    JsonNode six = json("json", "--min-downloads", "6");
    assertThat(six.at("/meta/new_models_by_month/min_downloads").asLong()).isEqualTo(6);
    assertThat(six.at("/meta/crossover/min_downloads").asLong()).isEqualTo(6);
    assertThat(total(six.get("new_models_by_month"), "models"))
        .isLessThan(total(all.get("new_models_by_month"), "models"));
    assertThat(total(six.get("new_derivatives_by_month"), "derivatives"))
        .isLessThan(total(all.get("new_derivatives_by_month"), "derivatives"));
    // other indicators do not change
    assertThat(six.get("downloads_by_origin")).isEqualTo(all.get("downloads_by_origin"));
  }

  private static double total(JsonNode rows, String field) {
    double sum = 0;
    for (JsonNode r : rows) {
      sum += r.get(field).asDouble();
    }
    return sum;
  }

  @Test
  void thresholdsChooseTheComputeRows() throws IOException {
    JsonNode report = json("json", "--thresholds", "1e26,1e25");
    for (JsonNode r : report.get("open_weight_compute")) {
      assertThat(r.get("threshold_label").asText()).isIn("all", ">=1e25", ">=1e26", "no estimate");
    }
    assertThat(report.at("/meta/open_weight_compute/thresholds").toString())
        .isEqualTo("[1.0E25,1.0E26]");
  }

  /** The README's two examples of the trend options. */
  @Test
  void theReadmeExamplesRun() {
    CliRun compute =
        CliRun.of(
            "report",
            "--db",
            db,
            "--format",
            "csv",
            "--indicator",
            "open_weight_compute",
            "--thresholds",
            "1e25,1e26");
    assertThat(compute.exitCode()).as(compute.err()).isZero();
    assertThat(compute.out())
        .startsWith("year,origin,threshold_label,threshold,models,max_flop,max_model")
        .contains("2025,US,>=1e25,")
        .doesNotContain(">=1e24");
    CliRun monthly =
        CliRun.of(
            "report",
            "--db",
            db,
            "--format",
            "csv",
            "--indicator",
            "new_derivatives_by_month",
            "--min-downloads",
            "6");
    assertThat(monthly.exitCode()).as(monthly.err()).isZero();
    assertThat(monthly.out()).startsWith("month,origin,derivatives,share").contains("2025-01,CN,");
  }

  @Test
  void badSettingsAreUsageErrors() {
    CliRun thresholds = CliRun.of("report", "--db", db, "--thresholds", "1e25,ten");
    assertThat(thresholds.exitCode()).isEqualTo(2);
    assertThat(thresholds.err()).contains("--thresholds").contains("1e25,ten");
    CliRun negative = CliRun.of("report", "--db", db, "--thresholds", "-1e25");
    assertThat(negative.exitCode()).isEqualTo(2);
    CliRun min = CliRun.of("report", "--db", db, "--min-downloads", "-1");
    assertThat(min.exitCode()).isEqualTo(2);
    assertThat(min.err()).contains("--min-downloads");
  }

  @Test
  void theHtmlScorecardSaysWhoOvertookWhomAndTheComputeThreshold() throws IOException {
    Path html = tmp.resolve("r.html");
    CliRun run = CliRun.of("report", "--db", db, "--format", "html", "--out", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String page = java.nio.file.Files.readString(html);
    assertThat(page)
        .contains("CN-rooted overtook US-rooted in 2025-01 and stayed above for 4 months")
        .contains("2025: US 1 of 86 open-weight models at &gt;=1e25 FLOP")
        // the three countries whose largest 2025 models have the most training compute, largest
        // first (scripts/independent_trends.py epoch: max_flop by year and country)
        .contains(
            "largest: US Llama Nemotron Ultra 253B (3.91e25), CN Emu3.5 (9.87e24), CH Apertus 70B"
                + " (6.74e24)");
  }
}
