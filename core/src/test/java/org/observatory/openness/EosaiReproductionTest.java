package org.observatory.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.report.Report;
import org.observatory.testing.SharedData;

/**
 * EOSAI scores of all 193 entries of the index (osai-index.eu, main-database @ 5a388e87) as the
 * site computes them (composables/models.ts of Language-Technology-Assessment/website: mean over
 * the parameters of _parameters.yml of open 1, partial 0.5, closed 0, anything else 0), recomputed
 * here with a line-by-line reading of the YAML files that shares no code with the Observatory's
 * loader, and the means by national origin that ../shared/CLAIMS.md cites (US 0.479, CN 0.455).
 */
class EosaiReproductionTest {
  private static final Path DIR = SharedData.raw("eosai-index");
  private static final Pattern PARAM = Pattern.compile("^\\s+- ref:\\s*(\\S+)\\s*$");
  private static final Pattern CLASS = Pattern.compile("^\\s+class:\\s*(\\S*)\\s*$");
  private static final Pattern NAME = Pattern.compile("^\\s+name:\\s*(.*?)\\s*$");
  private static final Pattern ORIGIN = Pattern.compile("^# - National origin:\\s*(.*?)\\s*$");

  /** One entry as read here: system name, national origin (or null), score, end-model weights. */
  record Expected(String name, String origin, double score, String weightsEnd) {}

  private static Map<String, Expected> expected;
  private static Report report;

  @BeforeAll
  static void readBoth() throws IOException {
    List<String> dims = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("_parameters.yml"))) {
      Matcher m = PARAM.matcher(line);
      if (m.matches()) {
        dims.add(m.group(1));
      }
    }
    assertThat(dims).hasSize(12);
    expected = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Expected e = read(f, dims);
        if (e != null) {
          expected.put(e.name(), e);
        }
      }
    }
    report = OpennessReports.build(OpennessReports.resource("/report/lineage-junk.jsonl"), DIR);
  }

  /** Reads one file by its lines; null for the template (no system name). */
  private static Expected read(Path f, List<String> dims) throws IOException {
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    String name = null;
    String origin = null;
    Map<String, String> classes = new HashMap<>();
    String block = null;
    for (String line : lines) {
      Matcher o = ORIGIN.matcher(line);
      if (o.matches()) {
        origin = o.group(1);
      }
      if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && line.contains(":")) {
        block = line.substring(0, line.indexOf(':'));
      }
      Matcher n = NAME.matcher(line);
      if ("system".equals(block) && name == null && n.matches()) {
        name = n.group(1);
      }
      Matcher c = CLASS.matcher(line);
      if (c.matches() && block != null) {
        classes.putIfAbsent(block, c.group(1));
      }
    }
    if (name == null || name.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (String d : dims) {
      String c = classes.getOrDefault(d, "");
      sum += c.equals("open") ? 1 : c.equals("partial") ? 0.5 : 0;
    }
    return new Expected(name, origin, sum / dims.size(), classes.get("weights_endmodel"));
  }

  @Test
  void all193ScoresMatchTheSiteFormula() {
    Map<String, Double> ours = new TreeMap<>();
    for (Map<String, Object> row : report.indicator("openness").rows()) {
      if (row.get("eosai_score") != null) {
        ours.put((String) row.get("family"), ((Number) row.get("eosai_score")).doubleValue());
      }
    }

    assertThat(expected).hasSize(193);
    assertThat(ours.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (name, e) -> assertThat(ours.get(name)).as(name).isCloseTo(e.score(), within(1e-12)));
  }

  @Test
  void theMeansOfClaimsMdReproduceOnTheIndexsOwnNationalOrigins() {
    assertThat(mean("United States")).isCloseTo(0.479, within(0.0005));
    assertThat(mean("China")).isCloseTo(0.455, within(0.0005));
    assertThat(count("United States")).isEqualTo(76);
    assertThat(count("China")).isEqualTo(57);
    // "end-model weights open CN 54/57, US 57/76"
    assertThat(openWeights("China")).isEqualTo(54);
    assertThat(openWeights("United States")).isEqualTo(57);

    Map<String, Object> us = byOrigin("US");
    Map<String, Object> cn = byOrigin("CN");
    assertThat(us.get("eosai_tagged")).isEqualTo(76L);
    assertThat((double) us.get("tagged_mean_score"))
        .isCloseTo(mean("United States"), within(1e-12));
    assertThat(cn.get("eosai_tagged")).isEqualTo(57L);
    assertThat((double) cn.get("tagged_mean_score")).isCloseTo(mean("China"), within(1e-12));
  }

  @Test
  void theTwoEntriesWithoutANationalOriginTakeTheRegistrysOrigin() {
    // KimiK2.5 (moonshotai, 0.375) and VGen (ali-vilab, 0.7083) give no national origin; the origin
    // registry places both makers in China, so CN has 59 scored families, mean 27/59 = 0.4576.
    assertThat(expected.values().stream().filter(e -> e.origin() == null).map(Expected::name))
        .containsExactlyInAnyOrder("Kimi K2.5", "VGen");
    Map<String, Object> cn = byOrigin("CN");
    assertThat(cn.get("eosai_families")).isEqualTo(59L);
    assertThat((double) cn.get("mean_eosai_score")).isCloseTo(27.0 / 59, within(1e-12));
    assertThat((double) byOrigin("US").get("mean_eosai_score")).isCloseTo(0.4791667, within(1e-6));
  }

  private static double mean(String origin) {
    return expected.values().stream()
        .filter(e -> origin.equals(e.origin()))
        .mapToDouble(Expected::score)
        .average()
        .orElseThrow();
  }

  private static long count(String origin) {
    return expected.values().stream().filter(e -> origin.equals(e.origin())).count();
  }

  private static long openWeights(String origin) {
    return expected.values().stream()
        .filter(e -> origin.equals(e.origin()) && "open".equals(e.weightsEnd()))
        .count();
  }

  private static Map<String, Object> byOrigin(String origin) {
    return report.indicator("openness_by_origin").rows().stream()
        .filter(r -> r.get("origin").equals(origin))
        .findFirst()
        .orElseThrow();
  }
}
