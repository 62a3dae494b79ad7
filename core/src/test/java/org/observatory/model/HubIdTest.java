package org.observatory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.observatory.testing.SharedData;

class HubIdTest {
  /**
   * The rule HubId checks, as a regular expression: the test's reference (issue 12 added the
   * look-ahead for {@code ..} and the name's first character without a dot).
   */
  private static final Pattern REGEX =
      Pattern.compile(
          "(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,95})?");

  private static final Pattern BASE_MODEL_TAG = Pattern.compile("\"base_model:([^\"]*)\"");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Qwen/Qwen2.5-7B|Qwen/Qwen2.5-7B",
        "'- Qwen/Qwen2.5-7B-Instruct'|Qwen/Qwen2.5-7B-Instruct",
        "https://huggingface.co/meta-llama/Llama-2-7b-hf|meta-llama/Llama-2-7b-hf",
        "'  https://huggingface.co/google/gemma-7b/  '|google/gemma-7b",
        "'\"microsoft/phi-2\"'|microsoft/phi-2",
        "bert-base-uncased|bert-base-uncased",
      })
  void normalisesRealWorldSpellings(String raw, String expected) {
    assertThat(HubId.parse(raw)).map(HubId::value).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ORIGINAL_REPO_NAME",
        "''",
        "'a/b/c'",
        "'org/name with space'",
        "N/A",
        "'/leading'",
        "'-org/name'",
        "'org//name'",
        "'café/model'",
        "'org/modèle'",
        "x/..",
        "x/.",
        "x/.hidden",
        "x/a..b",
        "..",
        "x../y"
      })
  void dropsValuesThatAreNotHubIds(String raw) {
    assertThat(HubId.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"meta-llama/Llama-2-7b-hf,meta-llama", "gpt2,"})
  void ownerIsThePartBeforeTheSlash(String id, String owner) {
    assertThat(HubId.parse(id).orElseThrow().owner().orElse(null)).isEqualTo(owner);
  }

  @Test
  void ownerAndNameHoldUpTo96Characters() {
    String part = "a".repeat(96);
    assertThat(HubId.isValid(part)).isTrue();
    assertThat(HubId.isValid(part + "a")).isFalse();
    assertThat(HubId.isValid(part + "/" + part)).isTrue();
    assertThat(HubId.isValid(part + "a/b")).isFalse();
    assertThat(HubId.isValid("a/" + part + "b")).isFalse();
  }

  /**
   * The hand-written check accepts exactly what the regular expression did: on the real ids and
   * parent names of {@code shared/data/raw} (as they stand, and as parse would hand them over), and
   * on random mutations of them and random junk.
   */
  @Test
  void theHandCheckAgreesWithTheRegexOnRealAndJunkIds() throws IOException {
    List<String> real = realIds();
    assertThat(real).hasSizeGreaterThan(100_000);
    Random random = new Random(20251001);
    List<String> inputs = new ArrayList<>(real);
    for (int i = 0; i < 200_000; i++) {
      inputs.add(mutated(real.get(random.nextInt(real.size())), random));
    }
    for (int i = 0; i < 50_000; i++) {
      inputs.add(junk(random));
    }
    for (int owner : new int[] {0, 1, 95, 96, 97}) {
      for (int name : new int[] {-1, 0, 1, 95, 96, 97}) {
        inputs.add("o".repeat(owner) + (name < 0 ? "" : "/" + "n".repeat(name)));
      }
    }
    long valid = 0;
    for (String s : inputs) {
      boolean expected = REGEX.matcher(s).matches();
      assertThat(HubId.isValid(s)).as(s).isEqualTo(expected);
      if (expected) {
        valid++;
      }
    }
    assertThat(valid)
        .as("both sides of the rule are exercised")
        .isBetween(10_000L, inputs.size() - 10_000L);
  }

  private static String mutated(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    String alphabet = "aZ09._-/ :@+~\u00e9\u0130\u212a\uff11\t";
    for (int k = 1 + r.nextInt(2); k > 0; k--) {
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      int at = b.length() == 0 ? 0 : r.nextInt(b.length());
      int op = b.length() == 0 ? 2 : r.nextInt(4);
      switch (op) {
        case 0 -> b.setCharAt(at, c);
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.insert(at, c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String junk(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(r.nextBoolean() ? 8 : 200);
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(4) == 0 ? "/._-".charAt(r.nextInt(4)) : (char) (32 + r.nextInt(95)));
    }
    return b.toString();
  }

  /**
   * Ids of the real dumps: the 75k models of 2022, the seven orgs of 2025, the model trees' ids,
   * their children lists and their base_model tags; each as read, and without a Hub URL prefix.
   */
  private static List<String> realIds() throws IOException {
    List<String> raw = new ArrayList<>();
    for (CSVRecord row : csv(SharedData.raw("hf-model-info-liang2023/model_info.csv"))) {
      raw.add(row.get("modelId"));
    }
    for (CSVRecord row : csv(SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv"))) {
      raw.add(row.get("repo_id"));
    }
    try (Stream<Path> files = Files.list(SharedData.raw("hf-model-trees-oderinwale"))) {
      for (Path f : files.sorted().toList()) {
        for (CSVRecord row : csv(f)) {
          raw.add(row.get("model_id"));
          for (String list : List.of("children", "adapters", "quantized", "merges")) {
            if (!row.isMapped(list)) {
              continue;
            }
            for (String child : row.get(list).split(",")) {
              raw.add(child.strip());
            }
          }
          Matcher m = BASE_MODEL_TAG.matcher(row.get("metadata"));
          while (m.find()) {
            String rest = m.group(1);
            raw.add(rest);
            raw.add(rest.substring(rest.indexOf(':') + 1));
          }
        }
      }
    }
    List<String> out = new ArrayList<>(raw);
    for (String s : raw) {
      if (s.startsWith("https://huggingface.co/")) {
        out.add(s.substring("https://huggingface.co/".length()));
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
