package org.observatory.cli;

import java.util.EnumMap;
import java.util.Map;
import org.observatory.fetch.Manifest;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.InputFormat;
import org.observatory.ingest.ProvenanceLookup;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.SpdxListLoader;
import org.observatory.openness.EosaiLoader;
import org.observatory.openness.MofLoader;
import org.observatory.releases.EpochModelsLoader;
import org.observatory.usage.ModelsApiLoader;
import org.observatory.usage.UsageCsvLoader;
import org.observatory.usage.VendorPricesLoader;
import org.observatory.usage.WeeklyRankingLoader;

/** Wires the reference-dataset loaders (usage, prices, openness) into the one ingest. */
final class DatasetLoaders {
  private DatasetLoaders() {}

  static Map<InputFormat, DatasetLoader> all() {
    Map<InputFormat, DatasetLoader> loaders = new EnumMap<>(InputFormat.class);
    // Each reference dataset registers its loader here.
    loaders.put(InputFormat.EPOCH_MODELS, new EpochModelsLoader());
    loaders.put(InputFormat.EOSAI, new EosaiLoader(LicenseClassifier.bundled()));
    loaders.put(InputFormat.MOF, new MofLoader(LicenseClassifier.bundled()));
    loaders.put(InputFormat.OPENROUTER_WEEKLY, new WeeklyRankingLoader());
    loaders.put(InputFormat.OPENROUTER_MODELS, new ModelsApiLoader());
    loaders.put(InputFormat.USAGE_CSV, new UsageCsvLoader());
    loaders.put(InputFormat.LLM_PRICES, new VendorPricesLoader());
    loaders.put(InputFormat.SPDX_LICENSES, new SpdxListLoader());
    return loaders;
  }

  /**
   * The provenance of a file a fetch wrote: its entry in the MANIFEST.json of its folder or of up
   * to two folders above (DIR/SOURCE/FILE, and DIR/mof/models/FILE), matched by sha256.
   */
  static ProvenanceLookup manifests() {
    return Manifest.lookup(2);
  }
}
