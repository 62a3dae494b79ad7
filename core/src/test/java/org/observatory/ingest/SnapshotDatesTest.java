package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotDatesTest {
  @ParameterizedTest
  @CsvSource({
    "DeepSeek-V3_finetunes_20250422_220003.csv,2025-04-22",
    "2025-10-01_hf.csv,2025-10-01",
    "hub_2024-02-29.jsonl.gz,2024-02-29",
    "models-20991301-20240105.parquet,2024-01-05"
  })
  void findsTheDateInAFileName(String name, LocalDate expected) {
    assertThat(SnapshotDates.fromFileName(name)).contains(expected);
  }

  @Test
  void noDateInNamesWithoutOne() {
    assertThat(SnapshotDates.fromFileName("model_info.parquet")).isEmpty();
    assertThat(SnapshotDates.fromFileName("hf_models_by_author.csv")).isEmpty();
    assertThat(SnapshotDates.fromFileName("run_211147.csv")).isEmpty();
  }
}
