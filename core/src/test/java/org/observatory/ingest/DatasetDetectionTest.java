package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.testing.SharedData;

/** The reference datasets of ../shared/data/raw are told apart by content, as Hub formats are. */
class DatasetDetectionTest {
  @ParameterizedTest
  @CsvSource({
    "openrouter-weekly-top-models/2026-02-16.json,OPENROUTER_WEEKLY,false",
    "openrouter-models-api/openrouter_models_all.json,OPENROUTER_MODELS,false",
    "llm-prices-simonw/openai.json,LLM_PRICES,false",
    "eosai-index/BERT.yaml,EOSAI,false",
    "eosai-index/_parameters.yml,EOSAI,false",
    "eosai-index/_parameters-descriptions.yml,EOSAI,false",
    "eosai-index/a_submission_template.yaml,EOSAI,false",
    "mof-model-openness-tool/models/DeepSeek-R1.yml,MOF,false",
    "hf-major-orgs-gabtos/hf_models_by_author.csv,CSV,true",
    "hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv,MODEL_TREE_CSV,true",
    "hf-model-info-liang2023/model_info.parquet,HUB_PARQUET,true",
    "spdx-license-list/licenses.json,SPDX_LICENSES,false",
    "epoch-ai/notable_ai_models.csv,EPOCH_MODELS,false"
  })
  void sniffsTheFormatOfRealFiles(String file, InputFormat expected, boolean hubModels) {
    InputFormat sniffed = Ingester.sniff(SharedData.raw(file));

    assertThat(sniffed).isEqualTo(expected);
    assertThat(sniffed.isModelRecords())
        .as("%s holds Hub model records", file)
        .isEqualTo(hubModels);
  }

  /** Every format says what it holds; only AUTO leaves it to the content. */
  @org.junit.jupiter.api.Test
  void everyFormatButAutoHasAKindOfItsOwn() {
    for (InputFormat f : InputFormat.values()) {
      assertThat(f.kind() == InputFormat.Kind.TOLD_BY_CONTENT)
          .as(f.cliName())
          .isEqualTo(f == InputFormat.AUTO);
    }
    assertThat(InputFormat.AUTO.isModelRecords()).isFalse();
    assertThat(InputFormat.HUB_JSONL.isModelRecords()).isTrue();
    assertThat(InputFormat.USAGE_CSV.isModelRecords()).isFalse();
  }

  /**
   * A fetched Hub record can be longer than the 64 KiB the format is told from (a large card): the
   * cut first line is still one object per line.
   */
  @org.junit.jupiter.api.Test
  void aFirstRecordLongerThanTheSniffWindowIsJsonLines(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String card = "x".repeat(100_000);
    java.nio.file.Path file =
        java.nio.file.Files.writeString(
            dir.resolve("hub.jsonl"),
            "{\"id\": \"org/big\", \"cardData\": {\"description\": \""
                + card
                + "\"}}\n"
                + "{\"id\": \"org/small\"}\n");

    assertThat(Ingester.sniff(file)).isEqualTo(InputFormat.HUB_JSONL);
  }
}
