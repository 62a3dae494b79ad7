package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.model.BadInputException;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/**
 * Bad usage and price files fail as bad input naming the file and the record, and, the ingest being
 * one transaction, leave the store exactly as it was (good files of the same call included).
 */
class UsageBadInputTest {
  @TempDir Path tmp;

  private static List<Object> state(Store store) {
    return List.of(store.query("test_usage_counts"), store.datasets());
  }

  /** The real 2026-02-16 file with one piece of text replaced. */
  private Path edited(String name, String from, String to) throws IOException {
    String text = Files.readString(UsageData.week("2026-02-16"));
    assertThat(text).contains(from);
    return Files.writeString(tmp.resolve(name), text.replaceFirst(from, to));
  }

  private void assertBadAndNothingStored(Path bad, String... messageParts) {
    try (Store store = Store.inMemory()) {
      UsageData.ingest(store, UsageData.week("2025-11-16"));
      List<Object> before = state(store);

      assertThatThrownBy(() -> UsageData.ingest(store, UsageData.week("2026-03-02"), bad))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(bad.toString())
          .hasMessageContainingAll(messageParts);
      assertThat(state(store)).isEqualTo(before);
    }
  }

  @Test
  void aTruncatedWeeklyFileNamesTheFileAndLine() throws IOException {
    String text = Files.readString(UsageData.week("2026-02-16"));
    Path truncated =
        Files.writeString(tmp.resolve("2026-02-16.json"), text.substring(0, text.length() / 2));
    assertBadAndNothingStored(truncated, ", line ", "invalid JSON", "end-of-input");
  }

  @Test
  void aNonNumericTokenCountNamesTheRecord() throws IOException {
    Path bad =
        edited(
            "tokens.json", "\"total_tokens\": 776000000000", "\"total_tokens\": \"776 billion\"");
    assertBadAndNothingStored(
        bad,
        "line 46",
        "record models[2] (slug 'google/gemini-3-flash-preview-20251217')",
        "'total_tokens' is not a number");
  }

  @Test
  void aWeeklyFileWithoutItsDateOrModelsIsBadInput() throws IOException {
    assertBadAndNothingStored(edited("nodate.json", "\"date\": \"2026-02-16\",", ""), "no 'date'");
    assertBadAndNothingStored(
        Files.writeString(
            tmp.resolve("shape.json"),
            "{\"date\":\"2026-02-16\",\"models\":{\"slug\":\"a/b\",\"total_tokens\":1}}"),
        "no 'models' list");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"vendor\":\"acme\",\"models\":{\"id\":\"x\",\"price_history\":[]}} | no 'models' list",
        "{\"vendor\":\"acme\",\"models\":[{\"id\":\"a-1\",\"price_history\":{\"input\":1}}]}"
            + " | record models[0] (id 'a-1'): 'price_history' is not a list",
        "{\"vendor\":\"acme\",\"models\":[{\"id\":\"a-1\",\"price_history\":[{\"input\":\"cheap\",\"output\":2}]}]}"
            + " | record models[0] (id 'a-1').price_history[0]: 'input' is not a number",
        "{\"models\":[{\"id\":\"a-1\",\"price_history\":[{\"input\":1,\"output\":2}]}]}"
            + " | record top level: no 'vendor'",
      })
  void aPriceFileOfTheWrongShapeNamesTheRecord(String json, String message) throws IOException {
    Path bad = Files.writeString(tmp.resolve("acme.json"), json);
    assertBadAndNothingStored(bad, message);
  }

  @Test
  void aModelsApiPriceThatIsNotANumberNamesTheEntry() throws IOException {
    Path bad =
        Files.writeString(
            tmp.resolve("models.json"),
            "{\"data\":[\n{\"id\":\"acme/a\",\"canonical_slug\":\"acme/a\",\"hugging_face_id\":null,"
                + "\"pricing\":{\"prompt\":\"0.000001\",\"completion\":\"0.000002\"}},\n"
                + "{\"id\":\"acme/b\",\"canonical_slug\":\"acme/b\",\"hugging_face_id\":\"\","
                + "\"pricing\":{\"prompt\":\"free\",\"completion\":\"0\"}}]}");
    assertBadAndNothingStored(
        bad, "line 3", "record data[1] (id 'acme/b').pricing: 'prompt' is not a number");
  }

  @Test
  void aUsageCsvWithANonNumericTokensCellNamesTheLineAndRecord() throws IOException {
    Path bad =
        Files.writeString(
            tmp.resolve("daily.csv"),
            "date,model,tokens,requests\n"
                + "2026-02-16,deepseek/deepseek-v3.2,120000000000,5000\n"
                + "2026-02-16,anthropic/claude-sonnet-4.5,lots,42\n"
                + "2026-02-16,other,900000000000,\n");
    assertBadAndNothingStored(
        bad,
        "line 3",
        "record 2 (model 'anthropic/claude-sonnet-4.5')",
        "tokens 'lots' is not a whole number");
  }

  @Test
  void aGoodUsageCsvLoadsWithItsOtherRow() throws IOException {
    Path good =
        Files.writeString(
            tmp.resolve("daily.csv"),
            "date,model,tokens,requests\n"
                + "2026-02-16,deepseek/deepseek-v3.2,120000000000,5000\n"
                + "2026-02-16,other,900000000000,\n");
    try (Store store = Store.inMemory()) {
      UsageData.ingest(store, good);
      Map<String, Object> counts = store.query("test_usage_counts").get(0);
      assertThat(counts).containsEntry("daily", 2L);
    }
  }
}
