package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.testing.SharedData;
import org.observatory.testing.UsageData;

/**
 * The tables the Observatory ships for usage (see usage/NOTICE.md) say what their sources say:
 * every Epoch accessibility row is in the Epoch file it names, every capability row's best rank is
 * in the weekly files, and every registry row for an OpenRouter maker name names a slug of the file
 * it cites.
 */
class ShippedUsageTablesTest {
  private static List<CSVRecord> resource(String name) throws IOException {
    InputStream in = ShippedUsageTablesTest.class.getClassLoader().getResourceAsStream(name);
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return csv.getRecords();
    }
  }

  @Test
  void everyEpochAccessibilityRowIsInTheEpochFileItNames() throws IOException {
    Map<String, Set<String>> epoch = new HashMap<>();
    for (String file :
        List.of(
            "notable_ai_models.csv",
            "large_scale_ai_models.csv",
            "frontier_ai_models.csv",
            "all_ai_models.csv")) {
      Set<String> rows = new HashSet<>();
      try (CSVParser csv =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(Files.newBufferedReader(SharedData.raw("epoch-ai/" + file)))) {
        for (CSVRecord r : csv) {
          rows.add(
              String.join(" ", r.get("Model").strip().split("(?U)\\s+"))
                  + "|"
                  + r.get("Model accessibility").strip());
        }
      }
      epoch.put(file, rows);
    }
    List<CSVRecord> shipped = resource(EpochAccessibility.RESOURCE);
    assertThat(shipped).hasSizeGreaterThan(1000);
    for (CSVRecord r : shipped) {
      assertThat(epoch.get(r.get("source")))
          .as(r.get("model"))
          .contains(r.get("model") + "|" + r.get("accessibility"));
    }
  }

  @Test
  void everyCapabilityRowStatesTheBestRankOfItsModelInTheWeeklyFiles() throws IOException {
    Map<String, Integer> best = new HashMap<>();
    try (Stream<Path> files = Files.list(UsageData.weeklyFolder())) {
      for (Path f : files.toList()) {
        for (JsonNode m : new ObjectMapper().readTree(f.toFile()).get("models")) {
          best.merge(ModelKey.of(m.get("slug").asText()), m.get("rank").asInt(), Math::min);
        }
      }
    }
    Pattern rank = Pattern.compile("best rank (\\d+) \\(week");
    List<CSVRecord> shipped = resource(CapabilityBands.RESOURCE);
    assertThat(shipped).hasSize(34);
    for (CSVRecord r : shipped) {
      Matcher m = rank.matcher(r.get("source"));
      assertThat(m.find()).as(r.get("model")).isTrue();
      assertThat(best.get(r.get("model")))
          .as(r.get("model"))
          .isEqualTo(Integer.valueOf(m.group(1)));
      assertThat(r.get("band")).isEqualTo("openrouter-top10");
    }
    assertThat(best.keySet().stream().filter(k -> !k.startsWith("openrouter/")))
        .containsExactlyInAnyOrderElementsOf(shipped.stream().map(r -> r.get("model")).toList());
  }

  @Test
  void everyRegistryRowForAnOpenRouterMakerNamesASlugOfTheFileItCites() throws IOException {
    Pattern cited = Pattern.compile("OpenRouter maker name, as in the slug (\\S+) \\((.+)\\)$");
    String api = Files.readString(UsageData.modelsApi());
    int rows = 0;
    for (Origin o : OriginRegistry.bundled().rows()) {
      Matcher m = cited.matcher(o.source());
      if (!m.find()) {
        continue;
      }
      rows++;
      String slug = m.group(1);
      assertThat(ModelKey.maker(slug)).as(o.author()).isEqualTo(o.author());
      String text;
      if (m.group(2).startsWith("openrouter-weekly-top-models")) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(UsageData.weeklyFolder())) {
          for (Path f : files.toList()) {
            all.append(Files.readString(f));
          }
        }
        text = all.toString();
      } else {
        text = api;
      }
      assertThat(text).as(o.author()).contains("\"" + slug + "\"");
    }
    // 16 makers of the rankings (version 2026-11-29.2) and 23 more of the models API (2026-12-07)
    assertThat(rows).isEqualTo(39);
  }

  /**
   * Issue 11: every maker of the OpenRouter files (weekly rankings and models API; a {@code ~}
   * prefix ignored, as the usage mapping ignores it) has a registry row, placed or saying why not.
   */
  @Test
  void everyMakerOfTheOpenRouterFilesHasARegistryRow() throws IOException {
    Set<String> makers = new java.util.TreeSet<>();
    Matcher ids =
        Pattern.compile("\"(?:id|slug)\"\\s*:\\s*\"([^\"/]+)/")
            .matcher(Files.readString(UsageData.modelsApi()));
    while (ids.find()) {
      makers.add(ids.group(1));
    }
    try (Stream<Path> files = Files.list(UsageData.weeklyFolder())) {
      for (Path f : files.toList()) {
        Matcher slugs =
            Pattern.compile("\"slug\"\\s*:\\s*\"([^\"/]+)/").matcher(Files.readString(f));
        while (slugs.find()) {
          makers.add(slugs.group(1));
        }
      }
    }
    assertThat(makers).hasSizeGreaterThan(70).contains(ModelMapper.STEALTH_MAKER);
    // OpenRouter's own stealth models: their maker is undisclosed, so no row (UNATTRIBUTED)
    makers.remove(ModelMapper.STEALTH_MAKER);
    assertThat(makers)
        .allSatisfy(
            m ->
                assertThat(OriginRegistry.bundled().lookup(ModelKey.maker(m + "/x")))
                    .as(m)
                    .isPresent());
  }
}
