package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.ingest.TreeCsvIngestTest.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.store.IngestIssue;
import org.observatory.store.Store;

/**
 * The parameter count of a record (issue 10): {@code safetensors.total}, else {@code gguf.total}; a
 * value that is not a positive whole number is dropped and counted, and the next source is tried
 * (fixture: real tree records, see FIXTURES.md).
 */
class ParametersIngestTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  @TempDir Path tmp;

  private static Object parameters(Store store, String id) {
    return store.query("model_record", DATE, id).get(0).get("parameters");
  }

  @Test
  void safetensorsTotalElseGgufTotalAndDirtCounted() {
    try (Store store = Store.inMemory()) {
      FileReport report =
          new Ingester(store)
              .ingest(
                  IngestRequest.of(InputFormat.AUTO, DATE, resource("parameters.jsonl")),
                  IngestProgress.NONE)
              .files()
              .get(0);
      assertThat(report.stored()).isEqualTo(7);
      assertThat(parameters(store, "deepseek-ai/DeepSeek-V3")).isEqualTo(684_531_386_000L);
      assertThat(parameters(store, "BlackBeenie/EXAONE-Deep-32B-Q4_K_M-GGUF"))
          .isEqualTo(32_003_200_064L);
      assertThat(parameters(store, "google/gemma-7b")).isEqualTo(8_537_680_896L);
      assertThat(parameters(store, "v2ray/DeepSeek-V3-1B-Test")).isNull();
      assertThat(parameters(store, "mmnga/DeepSeek-V3-slice-jp64")).isEqualTo(180_515_007_104L);
      assertThat(parameters(store, "franb23/tarot")).isEqualTo(109_483_778L);
      assertThat(parameters(store, "huihui-ai/DeepSeek-V3-abliterated"))
          .isEqualTo(671_026_419_200L);
      assertThat(report.issues())
          .extracting(IngestIssue::reason, IngestIssue::records)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "parameters (safetensors.total) is not a positive whole number", 2L));
    }
  }

  @Test
  void aCsvColumnMapsToParameters() throws Exception {
    Path csv = tmp.resolve("export_2025-04-22.csv");
    Files.writeString(
        csv, "repo_id,params,downloads\nacme/a,7000000000,5\nacme/b,seven,3\nacme/c,,1\n");
    try (Store store = Store.inMemory()) {
      FileReport report =
          new Ingester(store)
              .ingest(
                  new IngestRequest(
                      List.of(csv),
                      InputFormat.CSV,
                      DATE,
                      FieldMap.parse("id=repo_id,parameters=params"),
                      0),
                  IngestProgress.NONE)
              .files()
              .get(0);
      assertThat(parameters(store, "acme/a")).isEqualTo(7_000_000_000L);
      assertThat(parameters(store, "acme/b")).isNull();
      assertThat(parameters(store, "acme/c")).isNull();
      assertThat(report.issues())
          .extracting(IngestIssue::reason, IngestIssue::records)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("parameters is not a positive whole number", 1L));
    }
  }
}
