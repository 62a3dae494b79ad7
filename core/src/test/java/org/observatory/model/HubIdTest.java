package org.observatory.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubIdTest {
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
      value = {"ORIGINAL_REPO_NAME", "''", "'a/b/c'", "'org/name with space'", "N/A", "'/leading'"})
  void dropsValuesThatAreNotHubIds(String raw) {
    assertThat(HubId.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"meta-llama/Llama-2-7b-hf,meta-llama", "gpt2,"})
  void ownerIsThePartBeforeTheSlash(String id, String owner) {
    assertThat(HubId.parse(id).orElseThrow().owner().orElse(null)).isEqualTo(owner);
  }
}
