package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
  @ParameterizedTest
  @CsvSource({
    "2024-04-29 16:25:56+00:00,2024-04-29T16:25:56Z",
    "2024-04-17T09:35:12+00:00,2024-04-17T09:35:12Z",
    "2018-11-14 23:35:08+00,2018-11-14T23:35:08Z",
    "2024-04-17T09:35:12.000Z,2024-04-17T09:35:12Z",
    "2024-04-17T11:35:12+0200,2024-04-17T09:35:12Z",
    "2024-04-17,2024-04-17T00:00:00Z",
    "1713346512,2024-04-17T09:35:12Z",
  })
  void readsTheSpellingsOfRealDumps(String raw, Instant expected) {
    assertThat(Timestamps.parse(raw)).contains(expected);
  }
}
