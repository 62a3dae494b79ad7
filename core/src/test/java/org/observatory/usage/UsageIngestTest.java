package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.ingest.IngestReport;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/**
 * The usage and price files of ../shared/data/raw load as SOURCES.md describes them: 26 weeks with
 * 247 model-week rows, 549 models-API entries of which 190 name open weights on the Hub, 142 vendor
 * model entries with 148 price periods; prices are stored per 1M tokens; re-ingesting replaces
 * rows.
 */
class UsageIngestTest {
  private static Map<String, Object> counts(Store store) {
    return store.query("test_usage_counts").get(0);
  }

  @Test
  void theBundledUsageFilesLoadAsSourcesMdDescribesThem() {
    try (Store store = Store.inMemory()) {
      IngestReport report = UsageData.ingestAll(store);

      assertThat(report.files()).hasSize(26 + 1 + 11);
      assertThat(counts(store))
          .containsEntry("weekly", 247L)
          .containsEntry("weeks", 26L)
          .containsEntry("api", 549L)
          .containsEntry("api_hf", 190L)
          // 142 model entries, 141 ids: xai.json lists grok-4-fast twice
          .containsEntry("price_models", 141L)
          .containsEntry("prices", 148L)
          .containsEntry("daily", 0L);
      List<Map<String, Object>> datasets = store.datasets();
      assertThat(datasets)
          .filteredOn(d -> d.get("format").equals("openrouter-weekly"))
          .hasSize(26)
          .anySatisfy(
              d ->
                  assertThat(d)
                      .containsEntry("file_name", "2026-02-16.json")
                      .containsEntry("records", 10L)
                      .containsEntry("data_date", LocalDate.of(2026, 2, 16)));
      assertThat(datasets)
          .filteredOn(d -> d.get("format").equals("openrouter-models"))
          .singleElement()
          .satisfies(d -> assertThat(d).containsEntry("data_date", LocalDate.of(2026, 8, 14)));
    }
  }

  @Test
  void aWeekKeepsRankSlugTokensAndPricesPerMillionTokens() {
    try (Store store = Store.inMemory()) {
      UsageData.ingest(store, UsageData.week("2026-02-16"));

      List<Map<String, Object>> rows = store.query("test_usage_week", LocalDate.of(2026, 2, 16));
      assertThat(rows).hasSize(10);
      assertThat(rows.get(0))
          .containsEntry("rank", 1L)
          .containsEntry("slug", "minimax/minimax-m2.5-20260211")
          .containsEntry("total_tokens", 1_440_000_000_000L)
          .containsEntry("prompt_tokens", 1_430_604_888_436L)
          .containsEntry("prompt_usd_per_m", 0.3)
          .containsEntry("completion_usd_per_m", 1.2)
          .containsEntry("is_free", false)
          .containsEntry("charted_models", 10L)
          .containsEntry("source_file", "2026-02-16.json");
      assertThat(rows.get(9))
          .containsEntry("slug", "arcee-ai/trinity-large-preview:free")
          .containsEntry("is_free", true);
    }
  }

  @Test
  void reingestingAFileReplacesItsRows() {
    try (Store store = Store.inMemory()) {
      UsageData.ingestAll(store);
      Map<String, Object> before = counts(store);
      UsageData.ingest(store, UsageData.weeklyFolder(), UsageData.modelsApi());
      UsageData.ingest(store, UsageData.prices());

      assertThat(counts(store)).isEqualTo(before);
      assertThat(store.datasets()).hasSize(38);
    }
  }
}
