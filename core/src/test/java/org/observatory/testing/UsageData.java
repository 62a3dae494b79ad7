package org.observatory.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.store.Store;
import org.observatory.usage.ModelsApiLoader;
import org.observatory.usage.UsageCsvLoader;
import org.observatory.usage.VendorPricesLoader;
import org.observatory.usage.WeeklyRankingLoader;

/**
 * The real usage and price files of {@code ../shared/data/raw}, and an ingester that reads them.
 */
public final class UsageData {
  /** The date of the small Hub snapshot {@link #withSnapshot} adds (a report needs one). */
  public static final LocalDate SNAPSHOT = LocalDate.of(2025, 4, 22);

  private UsageData() {}

  public static Path weeklyFolder() {
    return SharedData.raw("openrouter-weekly-top-models");
  }

  public static Path week(String date) {
    return weeklyFolder().resolve(date + ".json");
  }

  public static Path modelsApi() {
    return SharedData.raw("openrouter-models-api/openrouter_models_all.json");
  }

  public static Path prices() {
    return SharedData.raw("llm-prices-simonw");
  }

  /** The usage loaders, as the CLI wires them. */
  public static Map<InputFormat, DatasetLoader> loaders() {
    return Map.of(
        InputFormat.OPENROUTER_WEEKLY, new WeeklyRankingLoader(),
        InputFormat.OPENROUTER_MODELS, new ModelsApiLoader(),
        InputFormat.USAGE_CSV, new UsageCsvLoader(),
        InputFormat.LLM_PRICES, new VendorPricesLoader());
  }

  /** Ingests the given files or folders (formats told by content) into {@code store}. */
  public static IngestReport ingest(Store store, Path... paths) {
    return new Ingester(store, loaders())
        .ingest(
            new IngestRequest(List.of(paths), InputFormat.AUTO, null, FieldMap.NONE, 0),
            IngestProgress.NONE);
  }

  /** All bundled usage data: the 26 weekly files, the models API, the vendor price lists. */
  public static IngestReport ingestAll(Store store) {
    return ingest(store, weeklyFolder(), modelsApi(), prices());
  }

  /**
   * A small Hub snapshot ({@link #SNAPSHOT}) from a report fixture, so that a report can be built.
   */
  public static void withSnapshot(Store store) {
    Path file = Path.of("src/test/resources/report/lineage-junk.jsonl");
    new Ingester(store)
        .ingest(IngestRequest.of(InputFormat.HUB_JSONL, SNAPSHOT, file), IngestProgress.NONE);
  }
}
