package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.observatory.testing.SharedData;

class TimestampsTest {
  private static final Pattern TREE_STAMP =
      Pattern.compile("\"(?:last_modified|created_at)\": \"([^\"]*)\"");

  @ParameterizedTest
  @CsvSource({
    "2024-04-29 16:25:56+00:00,2024-04-29T16:25:56Z",
    "2024-04-17T09:35:12+00:00,2024-04-17T09:35:12Z",
    "2018-11-14 23:35:08+00,2018-11-14T23:35:08Z",
    "2024-04-17T09:35:12.000Z,2024-04-17T09:35:12Z",
    "2024-04-17T11:35:12+0200,2024-04-17T09:35:12Z",
    "2024-04-17,2024-04-17T00:00:00Z",
    "1713346512,2024-04-17T09:35:12Z",
    "1713346512345,2024-04-17T09:35:12.345Z",
    "2024-04-17T09:35:12,2024-04-17T09:35:12Z",
    "2024-04-17 09:35:12,2024-04-17T09:35:12Z",
    "2024-04-17T09:35:12.5Z,2024-04-17T09:35:12.500Z",
    "2024-04-17T09:35:12.123456789Z,2024-04-17T09:35:12.123456789Z",
    "2024-04-17T15:05:12+05:30,2024-04-17T09:35:12Z",
    "2024-04-17T04:35:12-05,2024-04-17T09:35:12Z",
    "2024-04-17T09:35:12-00:00,2024-04-17T09:35:12Z",
    "2024-02-29T23:59:59Z,2024-02-29T23:59:59Z",
    "2000-02-29 00:00:00+00:00,2000-02-29T00:00:00Z",
    "'  2024-04-17T09:35:12Z  ',2024-04-17T09:35:12Z",
    "2024-04-29 16:25:56 +00:00,2024-04-29T16:25:56Z",
    "2024-04-17t09:35:12z,2024-04-17T09:35:12Z",
    "2024-04-17T09:35,2024-04-17T09:35:00Z",
    "2024-04-17T09:35:12.Z,2024-04-17T09:35:12Z",
  })
  void readsTheSpellingsOfRealDumps(String raw, Instant expected) {
    assertThat(Timestamps.parse(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not a date",
        "2023-02-29T00:00:00Z",
        "2024-04-31 00:00:00+00:00",
        "2024-13-01T00:00:00Z",
        "2024-04-17T24:00:00Z",
        "2024-04-17T09:60:00Z",
        "2024-04-17T09:35:12+19:00",
        "2024-04-17T09:35:12.1234567890Z",
        "2024-04-17T09:35:12ZZ",
        "0",
        "12345678"
      })
  void givesNothingForWhatIsNotATimestamp(String raw) {
    assertThat(Timestamps.parse(raw)).isEmpty();
  }

  @Test
  void theCommonShapesTakeTheHandReader() {
    assertThat(Timestamps.common("2024-04-29T16:25:56.000Z")).isNotNull();
    assertThat(Timestamps.common("2024-04-29 16:25:56+00:00")).isNotNull();
    assertThat(Timestamps.common("2018-11-14 23:35:08+00")).isNotNull();
  }

  /**
   * The hand reader must agree with {@code java.time} on every input: the timestamps of the real
   * dumps in {@code shared/data/raw}, generated ones with fields in and out of range, and random
   * mutations of both.
   */
  @Test
  void theHandReaderAgreesWithJavaTimeOnRealGeneratedAndMutatedInput() throws IOException {
    List<String> real = realTimestamps();
    assertThat(real).hasSizeGreaterThan(50_000);
    Random random = new Random(20251001);
    List<String> inputs = new ArrayList<>(real);
    for (int i = 0; i < 20_000; i++) {
      inputs.add(generated(random));
    }
    List<String> base = List.copyOf(inputs);
    for (int i = 0; i < 20_000; i++) {
      inputs.add(mutated(base.get(random.nextInt(base.size())), random));
    }
    long handled = 0;
    for (String s : inputs) {
      assertThat(Timestamps.parse(s)).as(s).isEqualTo(Timestamps.general(s.strip()));
      if (Timestamps.common(s.strip()) != null) {
        handled++;
      }
    }
    for (String s : real) {
      if (!s.isBlank()) {
        assertThat(Timestamps.common(s.strip())).as("hand reader reads " + s).isNotNull();
      }
    }
    assertThat(handled).isGreaterThan(inputs.size() / 2);
  }

  private static String generated(Random r) {
    String date =
        String.format(
            "%04d-%02d-%02d", r.nextInt(2100) + (r.nextInt(20) == 0 ? 8000 : 0), month(r), day(r));
    String time =
        String.format(
            "%02d:%02d:%02d",
            r.nextInt(20) == 0 ? 24 : r.nextInt(24),
            r.nextInt(20) == 0 ? 60 : r.nextInt(60),
            r.nextInt(20) == 0 ? 60 : r.nextInt(60));
    String fraction = "";
    if (r.nextBoolean()) {
      int digits = r.nextInt(11);
      StringBuilder f = new StringBuilder(".");
      for (int i = 0; i < digits; i++) {
        f.append((char) ('0' + r.nextInt(10)));
      }
      fraction = f.toString();
    }
    String[] offsets = {
      "",
      "Z",
      "z",
      "+00:00",
      "-00:00",
      "+00",
      "+0000",
      "+05:30",
      "-0800",
      "+18:00",
      "-18:00",
      "+18:01",
      "+19",
      "+5:30",
      "+05:3",
      "+05:60",
      " +00:00",
      "+00:00:00",
      "UTC"
    };
    String separator = new String[] {"T", " ", "t", "  ", "_"}[r.nextInt(5)];
    return date + separator + time + fraction + offsets[r.nextInt(offsets.length)];
  }

  private static int month(Random r) {
    return r.nextInt(20) == 0 ? r.nextInt(100) : 1 + r.nextInt(12);
  }

  private static int day(Random r) {
    return r.nextInt(20) == 0 ? r.nextInt(100) : 1 + r.nextInt(31);
  }

  private static String mutated(String s, Random r) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    String alphabet = "0123456789-:+.TZ tz/\u0661";
    for (int k = 1 + r.nextInt(2); k > 0 && b.length() > 0; k--) {
      int at = r.nextInt(b.length());
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      switch (r.nextInt(3)) {
        case 0 -> b.setCharAt(at, c);
        case 1 -> b.deleteCharAt(at);
        default -> b.insert(at, c);
      }
    }
    return b.toString();
  }

  /** Timestamps of the real Hub dumps: 75k from 2022, the seven orgs of 2025, the model trees. */
  private static List<String> realTimestamps() throws IOException {
    List<String> out = new ArrayList<>();
    for (CSVRecord row : csv(SharedData.raw("hf-model-info-liang2023/model_info.csv"))) {
      out.add(row.get("creation_time"));
    }
    for (CSVRecord row : csv(SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv"))) {
      out.add(row.get("created_at"));
      out.add(row.get("last_modified"));
    }
    try (Stream<Path> files = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      for (Path f : files.sorted().toList()) {
        for (CSVRecord row : csv(f)) {
          Matcher m = TREE_STAMP.matcher(row.get("metadata"));
          while (m.find()) {
            out.add(m.group(1));
          }
        }
      }
    }
    return out;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
