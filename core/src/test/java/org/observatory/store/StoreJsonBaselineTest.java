package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.HubRecordGenerator;

class StoreJsonBaselineTest {
  @TempDir Path dir;

  @Test
  void loadsEveryLineWithDuckDbsOwnReaderAndCanLoadAgain() throws IOException {
    Path file = new HubRecordGenerator(3).write(dir.resolve("hub.jsonl"), 1_200).path();

    try (Store store = Store.open(dir.resolve("baseline.duckdb"))) {
      assertThat(store.loadJsonBaseline(file)).isEqualTo(1_200);
      assertThat(store.loadJsonBaseline(file)).isEqualTo(1_200);
    }
  }
}
