package org.observatory.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubRecordGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RELATIONS = Set.of("finetune", "adapter", "quantized", "merge");

  @TempDir Path dir;

  @Test
  void sameSeedGivesAByteIdenticalFileAndAnotherSeedDoesNot() throws IOException {
    Path a = new HubRecordGenerator(7).write(dir.resolve("a.jsonl"), 3_000).path();
    Path b = new HubRecordGenerator(7).write(dir.resolve("b.jsonl"), 3_000).path();
    Path c = new HubRecordGenerator(8).write(dir.resolve("c.jsonl"), 3_000).path();

    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
  }

  @Test
  void writesNHubShapedRecordsOnePerLine() throws IOException {
    GeneratedFile file = new HubRecordGenerator(1).write(dir.resolve("hub.jsonl"), 2_500);

    List<JsonNode> records = read(file.path());
    assertThat(records).hasSize(2_500);
    assertThat(file.records()).isEqualTo(2_500);
    assertThat(file.bytes()).isEqualTo(Files.size(file.path()));
    Set<String> ids = new HashSet<>();
    for (JsonNode r : records) {
      assertThat(r.isObject()).isTrue();
      String id = r.get("id").asText();
      assertThat(id).matches("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9._-]+");
      assertThat(id).startsWith(r.get("author").asText() + "/");
      assertThat(ids.add(id)).as("unique id %s", id).isTrue();
      assertThat(r.get("createdAt").asText())
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z");
      assertThat(Instant.parse(r.get("lastModified").asText()))
          .isAfterOrEqualTo(Instant.parse(r.get("createdAt").asText()));
      assertThat(r.get("downloads").asLong()).isNotNegative();
      assertThat(r.get("likes").asLong()).isNotNegative();
      assertThat(r.get("tags").isArray()).isTrue();
    }
    assertThat(records.stream().filter(r -> r.has("cardData")).count()).isPositive();
    assertThat((double) file.bytes() / file.records()).isBetween(250.0, 600.0);
  }

  @Test
  void derivativesNameEarlierRecordsInTagsAndCard() throws IOException {
    GeneratedFile file = new HubRecordGenerator(42).write(dir.resolve("hub.jsonl"), 5_000);

    Set<String> earlier = new HashSet<>();
    long derivatives = 0;
    for (JsonNode r : read(file.path())) {
      List<String> typed = new ArrayList<>();
      List<String> bare = new ArrayList<>();
      for (String tag : tags(r)) {
        if (tag.startsWith("base_model:")) {
          String rest = tag.substring("base_model:".length());
          String relation = rest.substring(0, Math.max(0, rest.indexOf(':')));
          if (RELATIONS.contains(relation)) {
            typed.add(rest.substring(relation.length() + 1));
          } else {
            bare.add(rest);
          }
        }
      }
      assertThat(bare).as("a bare base_model tag beside each typed one").isEqualTo(typed);
      assertThat(typed)
          .as("parents of %s are earlier ids (or a major org's absent base)", r.get("id"))
          .allMatch(p -> earlier.contains(p) || p.endsWith("-base"));
      JsonNode card = r.path("cardData").path("base_model");
      if (!card.isMissingNode()) {
        List<String> cardParents = new ArrayList<>();
        if (card.isArray()) {
          card.forEach(p -> cardParents.add(p.asText()));
        } else {
          cardParents.add(card.asText());
        }
        if (!typed.isEmpty()) {
          assertThat(cardParents).isEqualTo(typed);
        }
      }
      if (!typed.isEmpty()) {
        derivatives++;
      }
      earlier.add(r.get("id").asText());
    }
    assertThat(file.derivatives()).isEqualTo(derivatives);
    assertThat((double) derivatives / 5_000).isCloseTo(0.40, within(0.03));
  }

  @Test
  void aSeriesGrowsAtTheFittedRateAndKeepsEarlierIds() throws IOException {
    HubRecordGenerator gen = new HubRecordGenerator(5);
    List<GeneratedFile> files =
        gen.writeSeries(dir.resolve("hub.jsonl"), 20_000, LocalDate.of(2025, 1, 1), 4, 30);

    assertThat(files)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly(
            "hub-2025-01-01.jsonl",
            "hub-2025-01-31.jsonl",
            "hub-2025-03-02.jsonl",
            "hub-2025-04-01.jsonl");
    assertThat(files.get(3).records()).isEqualTo(20_000);
    GeneratedFile single = gen.write(dir.resolve("single.jsonl"), 20_000, LocalDate.of(2025, 4, 1));
    assertThat(Files.mismatch(single.path(), files.get(3).path()))
        .as("the last snapshot is the single file of that date")
        .isEqualTo(-1L);
    double monthly = Math.pow(1 + gen.monthlyGrowthRate(), 30 / 30.436875);
    for (int k = 1; k < files.size(); k++) {
      List<JsonNode> before = read(files.get(k - 1).path());
      List<JsonNode> after = read(files.get(k).path());
      assertThat((double) after.size() / before.size()).isCloseTo(monthly, within(0.01));
      for (int i = 0; i < before.size(); i++) {
        JsonNode a = before.get(i);
        JsonNode b = after.get(i);
        assertThat(b.get("id")).isEqualTo(a.get("id"));
        assertThat(b.get("createdAt")).isEqualTo(a.get("createdAt"));
        assertThat(b.get("likes").asLong()).isGreaterThanOrEqualTo(a.get("likes").asLong());
        assertThat(b.get("lastModified").asText())
            .isGreaterThanOrEqualTo(a.get("lastModified").asText());
        assertThat(b.get("tags")).isEqualTo(a.get("tags"));
      }
      String date = files.get(k).snapshot().plusDays(1).toString();
      assertThat(after).allMatch(r -> r.get("createdAt").asText().compareTo(date) < 0);
    }
  }

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<String> tags(JsonNode record) {
    List<String> out = new ArrayList<>();
    record.get("tags").forEach(t -> out.add(t.asText()));
    return out;
  }
}
