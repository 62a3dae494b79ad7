package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.ingest.TreeCsvIngestTest.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.store.IngestIssue;
import org.observatory.store.Store;

/**
 * Real records with the dirt of real dumps (see FIXTURES.md): kept where usable, and every drop
 * counted.
 */
class DirtyRecordsTest {
  private static final LocalDate DATE = LocalDate.of(2025, 4, 22);
  private Store store;
  private FileReport report;

  @BeforeEach
  void ingest() {
    store = Store.inMemory();
    report =
        new Ingester(store)
            .ingest(
                IngestRequest.of(InputFormat.AUTO, DATE, resource("dirt.jsonl")),
                IngestProgress.NONE)
            .files()
            .get(0);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Map<String, Object> model(String id) {
    return store.query("model_record", DATE, id).get(0);
  }

  private List<String> parents(String id) {
    return store.query("model_parents", DATE, id).stream()
        .map(p -> p.get("parent") + " " + p.get("relation") + " " + p.get("source"))
        .toList();
  }

  @Test
  void everyDirtyRecordIsKept() {
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.stored()).isEqualTo(5);
    assertThat(report.skipped()).isZero();
  }

  @Test
  void nanDownloadsAndAnEmptyLicenseTagBecomeNullOrFallBackToTheCard() {
    Map<String, Object> bloom = model("bigscience/bloom");
    assertThat(bloom.get("downloads")).isNull();
    assertThat(bloom.get("license")).isEqualTo("bigscience-bloom-rail-1.0");
  }

  @Test
  void aHubUrlIdIsNormalisedAndJunkBaseModelsAreDropped() {
    assertThat(model("12sebas/new_jar").get("author")).isEqualTo("12sebas");
    assertThat(parents("12sebas/new_jar")).isEmpty();
  }

  @Test
  void cardBaseModelWithAYamlDashIsCleanedAndTextLikesAreRead() {
    assertThat(parents("mradermacher/bloom-GGUF"))
        .containsExactly("Qwen/Qwen2.5-7B-Instruct unspecified card");
    assertThat(model("mradermacher/bloom-GGUF").get("likes")).isEqualTo(12L);
  }

  @Test
  void fieldsOfTheWrongTypeAreDroppedButTagsGivenAsTextAreRead() {
    Map<String, Object> janus = model("deepseek-ai/Janus-Pro-7B");
    assertThat(janus.get("downloads")).isNull();
    assertThat(janus.get("created_at")).isNull();
    assertThat(janus.get("license")).isEqualTo("apache-2.0");
    assertThat(parents("deepseek-ai/Janus-Pro-7B"))
        .containsExactly("deepseek-ai/DeepSeek-V3 finetune tag");
  }

  @Test
  void cardDataAsAnObjectGivesLicenseNameAndATypedTagReplacesTheBareOne() {
    Map<String, Object> lm = model("wnma3mz/Janus-Pro-7B-LM");
    assertThat(lm.get("license")).isEqualTo("other");
    assertThat(lm.get("license_name")).isEqualTo("deepseek");
    assertThat(parents("wnma3mz/Janus-Pro-7B-LM"))
        .containsExactly("deepseek-ai/Janus-Pro-7B finetune tag");
  }

  @Test
  void theSummaryCountsEveryDrop() {
    assertThat(report.issues())
        .extracting(IngestIssue::reason, IngestIssue::records)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "downloads is not a whole number (NaN, Infinity or fraction)", 1L),
            org.assertj.core.groups.Tuple.tuple("base_model value is not a Hub id", 1L),
            org.assertj.core.groups.Tuple.tuple("downloads is not a number", 1L),
            org.assertj.core.groups.Tuple.tuple("created_at is not a timestamp", 1L));
    assertThat(store.query("test_snapshot_issues", DATE)).hasSize(report.issues().size());
  }
}
