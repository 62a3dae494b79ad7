package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.model.BadInputException;
import org.observatory.model.UsageException;
import org.observatory.report.CsvReport;
import org.observatory.report.Indicator;
import org.observatory.report.Report;
import org.observatory.testing.UsageData;

/**
 * Indicator 10: average prices and the counterfactual saving of one week equal a computation from
 * the raw JSON made here; the saving is a range over the token-efficiency factor f that moves as
 * saving(f) = closed cost - f x open cost (linear, falling, zero at the break-even factor); the
 * assumptions are listed; capability bands can be overridden.
 */
class SavingsTest {
  private static final String WEEK = "2026-02-16";

  /** The open-weights models of that week (each has a hugging_face_id in the models API). */
  private static final Set<String> OPEN =
      Set.of(
          "minimax/minimax-m2.5-20260211",
          "moonshotai/kimi-k2.5-0127",
          "deepseek/deepseek-v3.2-20251201",
          "z-ai/glm-5-20260211");

  private static UsageReports reports;
  private static Report report;

  @TempDir Path tmp;

  @BeforeAll
  static void build() {
    reports = new UsageReports();
    report = reports.report();
  }

  @AfterAll
  static void close() {
    reports.close();
  }

  /** One model-week of the raw file, priced as METHODOLOGY.md says, independently of the SQL. */
  private record Row(String slug, long tokens, double promptShare, double in, double out) {
    double price() {
      return promptShare * in + (1 - promptShare) * out;
    }

    double cost() {
      return tokens / 1e6 * price();
    }

    /** What these tokens cost at another model's prices, at this model's own mix. */
    double costAt(Row other) {
      return tokens / 1e6 * (promptShare * other.in + (1 - promptShare) * other.out);
    }
  }

  private static List<Row> rawPaidRows() throws IOException {
    JsonNode week = new ObjectMapper().readTree(UsageData.week(WEEK).toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode m : week.get("models")) {
      if (m.get("is_free").asBoolean()) {
        continue;
      }
      double p = m.get("prompt_tokens").asDouble();
      double c = m.get("completion_tokens").asDouble();
      rows.add(
          new Row(
              m.get("slug").asText(),
              m.get("total_tokens").asLong(),
              p / (p + c),
              m.get("prompt_price").asDouble() * 1e6,
              m.get("completion_price").asDouble() * 1e6));
    }
    return rows;
  }

  @Test
  void pricesAndTheSavingOfAWeekEqualAComputationFromTheRawFile() throws IOException {
    List<Row> rows = rawPaidRows();
    List<Row> open = rows.stream().filter(r -> OPEN.contains(r.slug())).toList();
    List<Row> closed = rows.stream().filter(r -> !OPEN.contains(r.slug())).toList();
    assertThat(open).hasSize(4);
    assertThat(closed).hasSize(5);
    double closedCost = closed.stream().mapToDouble(Row::cost).sum();
    double openCost =
        closed.stream()
            .mapToDouble(c -> open.stream().mapToDouble(c::costAt).min().orElseThrow())
            .sum();
    double avgOpen =
        open.stream().mapToDouble(Row::cost).sum()
            / open.stream().mapToDouble(r -> r.tokens() / 1e6).sum();
    double avgClosed = closedCost / closed.stream().mapToDouble(r -> r.tokens() / 1e6).sum();

    Map<String, Object> w = UsageReports.row(report, "savings", "week", WEEK);
    assertThat(UsageReports.number(w, "avg_price_open")).isCloseTo(avgOpen, within(1e-9));
    assertThat(UsageReports.number(w, "avg_price_closed")).isCloseTo(avgClosed, within(1e-9));
    assertThat(UsageReports.number(w, "closed_cost_usd")).isCloseTo(closedCost, within(1e-6));
    assertThat(UsageReports.number(w, "open_cost_usd")).isCloseTo(openCost, within(1e-6));
    assertThat(UsageReports.number(w, "saving_high_usd"))
        .isCloseTo(closedCost - 1.0 * openCost, within(1e-6));
    assertThat(UsageReports.number(w, "saving_low_usd"))
        .isCloseTo(closedCost - 4.0 * openCost, within(1e-6));
    assertThat(UsageReports.number(w, "break_even_factor"))
        .isCloseTo(closedCost / openCost, within(1e-9));
    // the figures of the week of 2026-02-16, as a reader sees them
    assertThat(avgOpen).isCloseTo(0.289, within(0.001));
    assertThat(avgClosed).isCloseTo(1.908, within(0.001));
    assertThat(UsageReports.number(w, "saving_share_low")).isCloseTo(0.380, within(0.001));
    assertThat(UsageReports.number(w, "saving_share_high")).isCloseTo(0.713, within(0.001));
    // every closed model's demand went to DeepSeek V3.2, the cheapest open model charted that week
    assertThat(report.indicator("savings_reallocation").rows())
        .filteredOn(r -> r.get("week").toString().equals(WEEK))
        .hasSize(5)
        .allSatisfy(r -> assertThat(r).containsEntry("target", "deepseek/deepseek-v3.2-20251201"));
  }

  @Test
  void theSavingFallsLinearlyWithTheEfficiencyFactorAndIsZeroAtBreakEven() {
    Map<String, Object> at1 = week(1, 1);
    Map<String, Object> at2 = week(2, 2);
    Map<String, Object> at3 = week(3, 3);
    double open = UsageReports.number(at1, "open_cost_usd");
    double s1 = UsageReports.number(at1, "saving_low_usd");
    double s2 = UsageReports.number(at2, "saving_low_usd");
    double s3 = UsageReports.number(at3, "saving_low_usd");

    assertThat(s1).isGreaterThan(s2);
    assertThat(s2).isGreaterThan(s3);
    assertThat(s1 - s2).isCloseTo(open, within(1e-6));
    assertThat(s2 - s3).isCloseTo(open, within(1e-6));
    assertThat(s1).isCloseTo(UsageReports.number(at1, "closed_cost_usd") - open, within(1e-6));

    double breakEven = UsageReports.number(at1, "break_even_factor");
    assertThat(breakEven).isBetween(3.0, 100.0);
    Map<String, Object> atBreakEven = week(breakEven, breakEven);
    assertThat(UsageReports.number(atBreakEven, "saving_low_usd"))
        .isCloseTo(0, within(1e-6 * UsageReports.number(at1, "closed_cost_usd")));
    assertThat(UsageReports.number(week(breakEven * 1.1, breakEven * 1.1), "saving_low_usd"))
        .isNegative();
  }

  private static Map<String, Object> week(double min, double max) {
    Report r = reports.report(UsageSettings.defaults().withEfficiency(min + ":" + max));
    return UsageReports.row(r, "savings", "week", WEEK);
  }

  @Test
  void theSavingIsAlwaysARangeWithItsAssumptionsListed() {
    for (Map<String, Object> w : report.indicator("savings").rows()) {
      assertThat(w).containsEntry("efficiency_min", 1.0).containsEntry("efficiency_max", 4.0);
      assertThat(UsageReports.number(w, "saving_low_usd"))
          .as(w.get("week").toString())
          .isLessThanOrEqualTo(UsageReports.number(w, "saving_high_usd"));
    }
    Indicator i = report.indicator("savings");
    assertThat(i.assumptions())
        .hasSizeGreaterThanOrEqualTo(4)
        .anySatisfy(a -> assertThat(a).contains("Token-efficiency range 1.0x to 4.0x"))
        .anySatisfy(a -> assertThat(a).contains("capability band"))
        .anySatisfy(a -> assertThat(a).contains("list prices"));
    assertThat(
            reports
                .report(UsageSettings.defaults().withEfficiency("1.5:3"))
                .indicator("savings")
                .assumptions())
        .anySatisfy(a -> assertThat(a).contains("Token-efficiency range 1.5x to 3.0x"));
  }

  @Test
  void openRouterListPricesEqualTheVendorsOwnForAnthropicAndGoogle() {
    List<Map<String, Object>> pairs = reports.query("test_vendor_price_check");
    List<Map<String, Object>> checked =
        pairs.stream().filter(p -> Set.of("anthropic", "google").contains(p.get("maker"))).toList();

    assertThat(checked).hasSizeGreaterThan(50);
    assertThat(checked)
        .allSatisfy(
            p -> {
              assertThat(p.get("prompt_usd_per_m"))
                  .as(p.toString())
                  .isEqualTo(p.get("input_usd_per_m"));
              assertThat(p.get("completion_usd_per_m"))
                  .as(p.toString())
                  .isEqualTo(p.get("output_usd_per_m"));
            });
  }

  @Test
  void aBadEfficiencyRangeIsAUsageError() {
    assertThatThrownBy(() -> UsageSettings.defaults().withEfficiency("4:1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("0 < MIN <= MAX");
    assertThatThrownBy(() -> UsageSettings.defaults().withEfficiency("fast"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("MIN:MAX");
  }

  @Test
  void aUserCapabilityFileMovesDemandOnlyWithinItsBands() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("bands.csv"),
            "model,band,source\n"
                + "anthropic/claude-4.6-opus,frontier,test: no open model in this band\n"
                + "anthropic/claude-sonnet-4.5,frontier,test: by its models-API id\n");
    CapabilityBands bands = CapabilityBands.bundled().withOverrides(file);
    Report r = reports.report(UsageSettings.defaults().withBands(bands));

    assertThat(r.indicator("savings_reallocation").rows())
        .filteredOn(x -> x.get("week").toString().equals(WEEK))
        .filteredOn(x -> x.get("model").toString().startsWith("anthropic/"))
        .hasSize(2)
        .allSatisfy(
            x ->
                assertThat(x)
                    .containsEntry("band", "frontier")
                    .containsEntry("target", null)
                    .containsEntry(
                        "status", "not moved: no paid open model of its band charted that week"));
    Map<String, Object> w = UsageReports.row(r, "savings", "week", WEEK);
    assertThat(UsageReports.number(w, "unmoved_tokens")).isEqualTo(524e9 + 627e9);
  }

  @Test
  void aBadCapabilityFileNamesItsLine() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("bad-bands.csv"), "model,band,source\nacme/a,frontier,ok\nacme/b,,x\n");
    assertThatThrownBy(() -> CapabilityBands.bundled().withOverrides(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("bad-bands.csv, line 3");
  }

  /**
   * Issue 11: the savings CSV printed numbers such as {@code 1.5123456E7}; numbers in CSV are plain
   * decimals, equal to the report's values.
   */
  @Test
  void theSavingsCsvWritesPlainDecimals() throws IOException {
    StringWriter out = new StringWriter();
    CsvReport.writeIndicator(report.indicator("savings"), out);
    List<Map<String, Object>> rows = report.indicator("savings").rows();
    List<CSVRecord> records;
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))) {
      records = csv.getRecords();
    }
    assertThat(records).hasSize(rows.size());
    int numbers = 0;
    for (int i = 0; i < rows.size(); i++) {
      for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
        if (e.getValue() instanceof Number n) {
          String cell = records.get(i).get(e.getKey());
          assertThat(cell).as(e.getKey()).matches("-?[0-9]+(\\.[0-9]+)?");
          assertThat(new BigDecimal(cell).doubleValue()).as(e.getKey()).isEqualTo(n.doubleValue());
          numbers++;
        }
      }
    }
    assertThat(numbers).isGreaterThan(100);
    assertThat(out.toString()).doesNotContainPattern("[0-9]E[0-9-]");
  }
}
