package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.model.BadInputException;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/**
 * Every model of the bundled weekly rankings maps to a maker, an origin from the one registry, and
 * open or closed weights, each with its reason, as METHODOLOGY.md states the rules.
 */
class ModelMapperTest {
  private static Map<String, UsageModel> models;

  @BeforeAll
  static void mapTheBundledRankings() {
    try (Store store = Store.inMemory()) {
      UsageData.ingestAll(store);
      List<UsageModel> all =
          new UsageTables(store, OriginRegistry.bundled(), UsageSettings.defaults()).mapModels();
      models = all.stream().collect(Collectors.toMap(UsageModel::slug, Function.identity()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // open weights: the models API gives a hugging_face_id (canonical_slug with its date)
    "deepseek/deepseek-v3.2-20251201, deepseek, CN, open, hugging_face_id deepseek-ai/DeepSeek-V3.2",
    "minimax/minimax-m2.5-20260211, minimax, CN, open, hugging_face_id MiniMaxAI/MiniMax-M2.5",
    "moonshotai/kimi-k2.5-0127, moonshotai, CN, open, hugging_face_id moonshotai/Kimi-K2.5",
    "z-ai/glm-5-20260211, z-ai, CN, open, hugging_face_id zai-org/GLM-5",
    "openai/gpt-oss-120b, openai, US, open, hugging_face_id openai/gpt-oss-120b",
    "stepfun/step-3.5-flash:free, stepfun, CN, open, hugging_face_id stepfun-ai/Step-3.5-Flash",
    // closed: listed without an HF id, and Epoch says API access
    "anthropic/claude-4.5-opus-20251124, anthropic, US, closed, 'Claude Opus 4.5' (Anthropic) has Model"
        + " accessibility 'API access'",
    // closed: not in the models API, Epoch says API access (name match, Preview dropped)
    "google/gemini-3-pro-preview-20251117, google, US, closed, 'Gemini 3 Pro' (Google DeepMind) has Model"
        + " accessibility 'API access'",
    "x-ai/grok-4.1-fast, x-ai, US, closed, 'Grok 4.1 Fast' (xAI) has Model accessibility 'API access'",
    // closed by default: listed without an HF id and no Epoch row
    "anthropic/claude-4.6-opus-20260205, anthropic, US, closed, gives no hugging_face_id; no Epoch AI row:"
        + " closed by default",
    // closed by default: in no source at all
    "xiaomi/mimo-v2-pro-20260318, xiaomi, CN, closed, not in the OpenRouter models API; no Epoch AI row",
    // stealth models: maker undisclosed
    "openrouter/hunter-alpha, openrouter, UNATTRIBUTED, unknown, maker undisclosed"
  })
  void mapsTheMakerOriginAndWeightsWithTheirReason(
      String slug, String maker, String origin, String weights, String why) {
    UsageModel m = models.get(slug);
    assertThat(m).as(slug).isNotNull();
    assertThat(m.maker()).isEqualTo(maker);
    assertThat(m.origin()).isEqualTo(origin);
    assertThat(m.weights()).isEqualTo(weights);
    assertThat(m.weightsBasis()).contains(why);
  }

  /**
   * Issue 11: models whose open weights are on the Hub but that neither the models API file nor
   * Epoch AI knows were counted closed. The bundled overrides (usage/open-weights-overrides.csv,
   * each row with the Hub page as source) make them open, with the row as the reason.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "xiaomi/mimo-v2-flash-20251210:free, https://huggingface.co/XiaomiMiMo/MiMo-V2-Flash",
    "arcee-ai/trinity-large-preview:free, https://huggingface.co/arcee-ai/Trinity-Large-Preview"
  })
  void theBundledOverridesOpenModelsMissingFromTheModelsApi(String slug, String source) {
    assertThat(models.get(slug).weights()).isEqualTo("open");
    assertThat(models.get(slug).weightsBasis())
        .startsWith("open-weights override (usage/open-weights-overrides.csv)")
        .contains(source);
  }

  /** {@code --weights FILE} rows come before the bundled overrides and the models API. */
  @Test
  void aUserWeightsFileOverridesAndExtends(@TempDir Path tmp) throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("weights.csv"),
            "model,weights,source\n"
                + "xiaomi/mimo-v2-pro,open,https://example.org/mimo-v2-pro-weights\n"
                + "deepseek/deepseek-v3.2,closed,test: a user says closed\n");
    UsageSettings settings =
        UsageSettings.defaults().withWeights(OpenWeights.bundled().withOverrides(file));
    try (Store store = Store.inMemory()) {
      UsageData.ingestAll(store);
      Map<String, UsageModel> mine =
          new UsageTables(store, OriginRegistry.bundled(), settings)
              .mapModels().stream()
                  .collect(Collectors.toMap(UsageModel::slug, Function.identity()));
      assertThat(mine.get("xiaomi/mimo-v2-pro-20260318").weights()).isEqualTo("open");
      assertThat(mine.get("xiaomi/mimo-v2-pro-20260318").weightsBasis())
          .contains(file.toString(), "https://example.org/mimo-v2-pro-weights");
      assertThat(mine.get("deepseek/deepseek-v3.2-20251201").weights()).isEqualTo("closed");
      assertThat(mine.get("xiaomi/mimo-v2-flash-20251210:free").weights()).isEqualTo("open");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x/y,shut,https://a              | line 2: weights must be open or closed, not 'shut'",
        "x/y,open,                       | line 2: no source for x/y",
        "x/y,open                        | line 2: expected a model, open or closed, and a source",
      })
  void aBadWeightsRowNamesTheFileAndLine(String row, String message, @TempDir Path tmp)
      throws IOException {
    Path file = Files.writeString(tmp.resolve("w.csv"), "model,weights,source\n" + row + "\n");
    assertThatThrownBy(() -> OpenWeights.bundled().withOverrides(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("w.csv, " + message.strip());
  }

  @Test
  void everyMakerOfTheRankingsIsInTheOriginRegistryExceptStealthModels() {
    assertThat(models.keySet()).hasSize(40);
    assertThat(models.values())
        .filteredOn(m -> !m.maker().equals("openrouter"))
        .allSatisfy(
            m -> {
              assertThat(m.origin()).as(m.slug()).isIn("CN", "US");
              assertThat(m.originBasis())
                  .as(m.slug())
                  .startsWithIgnoringCase("origin registry: " + m.maker());
              assertThat(m.band()).as(m.slug()).isEqualTo("openrouter-top10");
            });
    assertThat(models.values())
        .filteredOn(m -> m.maker().equals("openrouter"))
        .extracting(UsageModel::origin, UsageModel::weights)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("UNATTRIBUTED", "unknown"));
    assertThat(models.get("openrouter/polaris-alpha").originBasis()).contains("stealth");
  }

  @Test
  void vendorPriceListsMatchByMakerAndName() {
    assertThat(models.get("anthropic/claude-4.6-opus-20260205"))
        .extracting(UsageModel::vendor, UsageModel::vendorModel)
        .containsExactly("anthropic", "claude-opus-4-6");
    assertThat(models.get("x-ai/grok-code-fast-1"))
        .extracting(UsageModel::vendor, UsageModel::vendorModel)
        .containsExactly("xai", "grok-code-fast-1");
  }
}
