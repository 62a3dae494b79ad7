package org.observatory.testing;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.openness.EosaiLoader;
import org.observatory.openness.MofLoader;
import org.observatory.releases.EpochModelsLoader;
import org.observatory.store.Store;

/** Every reference dataset of {@code ../shared/data/raw}, ingested beside the snapshots. */
public final class ReferenceData {
  private ReferenceData() {}

  /** The loaders of every reference dataset: usage and prices, Epoch AI, EOSAI, MOF. */
  public static Map<InputFormat, DatasetLoader> loaders() {
    Map<InputFormat, DatasetLoader> loaders = new EnumMap<>(InputFormat.class);
    loaders.putAll(UsageData.loaders());
    loaders.put(InputFormat.EPOCH_MODELS, new EpochModelsLoader());
    loaders.put(InputFormat.EOSAI, new EosaiLoader(LicenseClassifier.bundled()));
    loaders.put(InputFormat.MOF, new MofLoader(LicenseClassifier.bundled()));
    return loaders;
  }

  /**
   * Ingests Epoch AI's notable models, the EOSAI index, the MOF model files, the OpenRouter weekly
   * rankings and models API, and the vendor price lists, in one ingest.
   */
  public static IngestReport ingestAll(Store store) {
    List<Path> paths =
        List.of(
            SharedData.raw("epoch-ai/notable_ai_models.csv"),
            SharedData.raw("eosai-index"),
            SharedData.raw("mof-model-openness-tool/models"),
            UsageData.weeklyFolder(),
            UsageData.modelsApi(),
            UsageData.prices());
    return new Ingester(store, loaders())
        .ingest(
            new IngestRequest(paths, InputFormat.AUTO, null, FieldMap.NONE, 0),
            IngestProgress.NONE);
  }
}
