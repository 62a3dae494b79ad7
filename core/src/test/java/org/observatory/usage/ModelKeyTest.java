package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelKeyTest {
  @ParameterizedTest
  @CsvSource({
    "deepseek/deepseek-v3.2-20251201, deepseek/deepseek-v3.2, deepseek",
    "x-ai/grok-4.1-fast:free, x-ai/grok-4.1-fast, x-ai",
    "moonshotai/kimi-k2.5-0127, moonshotai/kimi-k2.5-0127, moonshotai",
    "~x-ai/grok-latest, x-ai/grok-latest, x-ai",
    "Qwen/Qwen3.6-Plus, qwen/qwen3.6-plus, qwen"
  })
  void aSlugLosesItsVariantAndDateAndNamesItsMaker(String slug, String key, String maker) {
    assertThat(ModelKey.of(slug)).isEqualTo(key);
    assertThat(ModelKey.maker(slug)).isEqualTo(maker);
  }

  @Test
  void otherAndBareNamesHaveNoMaker() {
    assertThat(ModelKey.maker("other")).isNull();
    assertThat(ModelKey.maker("/x")).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "'Google: Gemini 3 Pro Preview', gemini3pro",
    "'Gemini 2.5 Flash (Sep 2025)', gemini2.5flash",
    "'Trinity Large Preview (free)', trinitylarge",
    "'DeepSeek-V3.2-Exp', deepseekv3.2",
    "'Grok 4.1 Fast', grok4.1fast",
    "'grok-4.1-fast', grok4.1fast"
  })
  void namesCompareLoosely(String name, String key) {
    assertThat(ModelKey.name(name)).isEqualTo(key);
  }
}
