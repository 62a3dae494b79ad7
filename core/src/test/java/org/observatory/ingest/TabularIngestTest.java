package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * Plain CSV exports with --map, and hub-stats style Parquet, from the real files of
 * ../shared/data/raw.
 */
class TabularIngestTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 12);

  @Test
  void hfModelsByAuthorIngestsWithAMapAndKeepsEveryDownload() throws IOException {
    Path file = SharedData.raw("hf-major-orgs-gabtos/hf_models_by_author.csv");
    Map<String, long[]> expected = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        long[] c = expected.computeIfAbsent(r.get("owner"), k -> new long[2]);
        c[0]++;
        c[1] += Long.parseLong(r.get("downloads"));
      }
    }
    try (Store store = Store.inMemory()) {
      IngestRequest request =
          new IngestRequest(
              List.of(file), InputFormat.CSV, DATE, FieldMap.parse("id=repo_id,author=owner"), 0);
      IngestReport report = new Ingester(store).ingest(request, IngestProgress.NONE);
      assertThat(report.stored()).isEqualTo(2028);
      Map<String, long[]> actual = new TreeMap<>();
      for (Map<String, Object> r : store.query("test_downloads_by_author", DATE)) {
        actual.put(
            (String) r.get("author"),
            new long[] {
              ((Number) r.get("models")).longValue(), ((Number) r.get("downloads")).longValue()
            });
      }
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      expected.forEach((author, c) -> assertThat(actual.get(author)).as(author).containsExactly(c));
      Map<String, Object> llama =
          store.query("model_record", DATE, "meta-llama/Meta-Llama-3-8B-Instruct").get(0);
      assertThat(llama.get("license")).isEqualTo("llama3");
      assertThat(llama.get("last_modified").toString()).startsWith("2025-06-18T23:49:51");
    }
  }

  @Test
  void liang2022ParquetIngestsAllModels() {
    Path file = SharedData.raw("hf-model-info-liang2023/model_info.parquet");
    try (Store store = Store.inMemory()) {
      IngestRequest request =
          new IngestRequest(
              List.of(file),
              InputFormat.HUB_PARQUET,
              LocalDate.of(2022, 10, 1),
              FieldMap.parse("pipeline_tag=task_category"),
              0);
      new Ingester(store).ingest(request, IngestProgress.NONE);
      assertThat(store.snapshots().get(0).models()).isEqualTo(74_970);
      Map<String, Object> bert =
          store.query("model_record", LocalDate.of(2022, 10, 1), "bert-base-uncased").get(0);
      assertThat(bert.get("author")).isEqualTo("huggingface");
      assertThat(bert.get("downloads")).isEqualTo(31_924_518L);
      assertThat(bert.get("pipeline_tag")).isEqualTo("fill-mask");
      assertThat(bert.get("created_at").toString()).startsWith("2018-11-14T23:35:08");
    }
  }

  @Test
  void theCsvExportOfTheSameParquetGivesTheSameSnapshot() {
    LocalDate d = LocalDate.of(2022, 10, 1);
    try (Store a = Store.inMemory();
        Store b = Store.inMemory()) {
      new Ingester(a)
          .ingest(
              IngestRequest.of(
                  InputFormat.AUTO,
                  d,
                  SharedData.raw("hf-model-info-liang2023/model_info.parquet")),
              IngestProgress.NONE);
      new Ingester(b)
          .ingest(
              IngestRequest.of(
                  InputFormat.AUTO, d, SharedData.raw("hf-model-info-liang2023/model_info.csv")),
              IngestProgress.NONE);
      assertThat(b.query("test_snapshot_digest", d)).isEqualTo(a.query("test_snapshot_digest", d));
    }
  }
}
