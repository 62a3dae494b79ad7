package org.observatory.cli;

import java.nio.file.Path;
import java.util.List;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.TrendSettings;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that change figures, shared by the commands that compute them (a picocli mixin): the
 * origin registry's overrides and groups, the savings settings and the trend settings; and the
 * DuckDB engine they give.
 */
final class FigureSettings {
  @CommandLine.Mixin OriginsOption origins;

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

  @Option(
      names = "--group",
      paramLabel = "LABEL=CODE,...",
      description =
          "Report origin codes under one label, e.g. CN=CN,HK,MO (China with Hong Kong and Macao);"
              + " repeatable. The registry keeps HK and MO apart.")
  List<String> groups;

  @Option(
      names = "--min-downloads",
      paramLabel = "N",
      description =
          "Monthly series (new_derivatives_by_month, new_models_by_month, crossover): only models with"
              + " at least N 30-day downloads (default: 0, every node; ATOM's \"more than 5 downloads\""
              + " is 6).")
  Long minDownloads;

  @Option(
      names = "--thresholds",
      paramLabel = "FLOP,...",
      description =
          "open_weight_compute: training-compute thresholds in FLOP (default: 1e23,1e24,1e25,1e26;"
              + " 1e25 is the EU AI Act's, 1e26 US EO 14110's).")
  String thresholds;

  /** Whether any option was given. */
  boolean given() {
    return origins.file().isPresent()
        || efficiency != null
        || capability != null
        || weights != null
        || groups != null
        || minDownloads != null
        || thresholds != null;
  }

  TrendSettings trends() {
    TrendSettings trends = TrendSettings.defaults();
    if (minDownloads != null) {
      trends = trends.withMinDownloads(minDownloads);
    }
    if (thresholds != null) {
      trends = trends.withThresholds(thresholds);
    }
    return trends;
  }

  OriginRegistry registry() {
    return origins.registry();
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
    return engine(store, trends());
  }

  /** The DuckDB engine over {@code store} with these settings but {@code trends}. */
  DuckDbEngine engine(Store store, TrendSettings trends) {
    return new DuckDbEngine(
        store,
        registry(),
        LicenseClassifier.bundled(),
        usage(),
        trends,
        OriginGroups.parse(groups));
  }
}
