package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.ingest.TreeCsvIngestTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.model.BadInputException;
import org.observatory.model.UsageException;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * Bad input names file and line, and leaves the database exactly as it was: an ingest is all or
 * nothing.
 */
class BadInputTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  @TempDir Path tmp;
  private Store store;
  private List<SnapshotInfo> before;
  private List<Map<String, Object>> digestBefore;

  @BeforeEach
  void seed() {
    store = Store.open(tmp.resolve("o.duckdb"));
    new Ingester(store)
        .ingest(
            IngestRequest.of(InputFormat.AUTO, DATE, resource("trees-slice.snake.jsonl")),
            IngestProgress.NONE);
    before = store.snapshots();
    digestBefore = store.query("test_snapshot_digest", DATE);
  }

  @AfterEach
  void unchanged() {
    assertThat(store.snapshots()).isEqualTo(before);
    assertThat(store.query("test_snapshot_digest", DATE)).isEqualTo(digestBefore);
    store.close();
  }

  private void ingest(InputFormat format, FieldMap map, Path... files) {
    new Ingester(store)
        .ingest(new IngestRequest(List.of(files), format, DATE, map, 0), IngestProgress.NONE);
  }

  @Test
  void aTruncatedJsonlNamesTheFileAndLine() throws IOException {
    String text = Files.readString(resource("dirt.jsonl"));
    Path truncated =
        Files.writeString(tmp.resolve("cut.jsonl"), text.substring(0, text.length() - 200));
    Path good = SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv");
    assertThatThrownBy(() -> ingest(InputFormat.AUTO, FieldMap.NONE, good, truncated))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.jsonl")
        .hasMessageContaining("line 5")
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void aTruncatedJsonArrayNamesTheFileAndLine() throws IOException {
    String text = Files.readString(resource("trees-slice.camel.json"));
    Path truncated =
        Files.writeString(tmp.resolve("page.json"), text.substring(0, text.length() / 2));
    assertThatThrownBy(() -> ingest(InputFormat.HUB_JSON, FieldMap.NONE, truncated))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("page.json, line ")
        .satisfies(e -> assertThat(((BadInputException) e).line()).isGreaterThan(100));
  }

  @Test
  void aBinaryFileIsRejectedWhateverTheFormatAsked() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path binary = Files.write(tmp.resolve("models.jsonl"), bytes);
    for (InputFormat f :
        List.of(
            InputFormat.AUTO, InputFormat.HUB_JSONL, InputFormat.CSV, InputFormat.HUB_PARQUET)) {
      assertThatThrownBy(() -> ingest(f, FieldMap.NONE, binary))
          .as(f.cliName())
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("models.jsonl");
    }
  }

  @Test
  void aMapNamingAMissingColumnNamesTheColumnAndTheHeaderLine() {
    Path csv = SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv");
    assertThatThrownBy(
            () -> ingest(InputFormat.CSV, FieldMap.parse("id=model_id,author=owner"), csv))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("hf_models_by_author.csv, line 1")
        .hasMessageContaining("no column 'model_id'");
  }

  @Test
  void aCsvWithoutAnIdColumnAsksForAMap() {
    Path csv = SharedData.raw("hf-major-orgs-gabtos/author_license_counts_tall.csv");
    assertThatThrownBy(() -> ingest(InputFormat.AUTO, FieldMap.NONE, csv))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--map id=COLUMN");
  }

  @Test
  void unusableRecordsFailUnlessMaxBadAcceptsThem() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("some-bad.jsonl"),
            "{\"id\":\"acme/a\"}\nnot json\n{\"author\":\"acme\"}\n{\"id\":\"acme/b\"}\n");
    assertThatThrownBy(() -> ingest(InputFormat.HUB_JSONL, FieldMap.NONE, file))
        .hasMessageContaining("some-bad.jsonl, line 2");
    try (Store other = Store.inMemory()) {
      IngestReport r =
          new Ingester(other)
              .ingest(
                  new IngestRequest(List.of(file), InputFormat.HUB_JSONL, DATE, FieldMap.NONE, 2),
                  IngestProgress.NONE);
      assertThat(r.stored()).isEqualTo(2);
      assertThat(r.skipped()).isEqualTo(2);
    }
  }

  @Test
  void aFileWithoutADateInItsNameNeedsSnapshot() {
    Path parquet = SharedData.raw("hf-model-info-liang2023/model_info.parquet");
    assertThatThrownBy(
            () ->
                new Ingester(store)
                    .ingest(IngestRequest.of(InputFormat.AUTO, null, parquet), IngestProgress.NONE))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--snapshot")
        .hasMessageContaining("model_info.parquet");
  }
}
