package org.observatory.cli;

import java.nio.file.Path;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;
import picocli.CommandLine.Option;

/**
 * The options that change figures, shared by the commands that compute them (a picocli mixin): the
 * origin registry's overrides and the savings settings; and the DuckDB engine they give.
 */
final class FigureSettings {
  @Option(
      names = "--origins",
      description =
          "A CSV (author,origin,org_name,kind,source) that overrides or extends the origin registry.")
  Path origins;

  @Option(
      names = "--efficiency",
      paramLabel = "MIN:MAX",
      description =
          "Savings: tokens per task of open models relative to the closed models they replace, as a"
              + " range (default: 1:4). The saving is reported at both ends.")
  String efficiency;

  @Option(
      names = "--capability",
      paramLabel = "FILE",
      description =
          "Savings: a CSV (model,band,source) of capability bands that overrides or extends the bundled"
              + " usage/capability.csv; closed demand moves only within a band.")
  Path capability;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description =
          "Usage: a CSV (model,weights,source; weights open or closed) that overrides or extends the"
              + " bundled usage/open-weights-overrides.csv; its rows decide before the models API and"
              + " Epoch AI.")
  Path weights;

  /** Whether any option was given. */
  boolean given() {
    return origins != null || efficiency != null || capability != null || weights != null;
  }

  OriginRegistry registry() {
    return origins == null
        ? OriginRegistry.bundled()
        : OriginRegistry.bundled().withOverrides(origins);
  }

  UsageSettings usage() {
    UsageSettings usage = UsageSettings.defaults();
    if (efficiency != null) {
      usage = usage.withEfficiency(efficiency);
    }
    if (capability != null) {
      usage = usage.withBands(usage.bands().withOverrides(capability));
    }
    if (weights != null) {
      usage = usage.withWeights(usage.weights().withOverrides(weights));
    }
    return usage;
  }

  /** The DuckDB engine over {@code store} with these settings. */
  DuckDbEngine engine(Store store) {
    return new DuckDbEngine(store, registry(), LicenseClassifier.bundled(), usage());
  }
}
