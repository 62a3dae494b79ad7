package org.observatory.ingest;

import java.util.Locale;

/** The shapes of Hub model metadata the Observatory reads. */
public enum InputFormat {
  AUTO,
  HUB_JSON,
  HUB_JSONL,
  HUB_PARQUET,
  MODEL_TREE_CSV,
  CSV,
  /** OpenRouter weekly rankings JSON ({@code {date, models[{slug, total_tokens, ...}]}}). */
  OPENROUTER_WEEKLY,
  /**
   * OpenRouter {@code /api/v1/models} JSON ({@code {data[{id, hugging_face_id, pricing, ...}]}}).
   */
  OPENROUTER_MODELS,
  /** Usage CSV {@code date,model,tokens[,requests]} (OpenRouter's daily rankings export). */
  USAGE_CSV,
  /** Vendor price histories ({@code {vendor, models[{id, price_history[...]}]}}, llm-prices). */
  LLM_PRICES,
  /** European Open Source AI Index model YAML. */
  EOSAI,
  /** Model Openness Framework (MOT) model YAML. */
  MOF,
  /**
   * Epoch AI model data CSV ({@code Model, Organization, Publication date, Country (of
   * organization), ...}).
   */
  EPOCH_MODELS,
  /** The SPDX License List JSON ({@code {licenseListVersion, licenses[...]}}). */
  SPDX_LICENSES;

  /** True for the formats that carry Hub model records (into dated snapshots). */
  public boolean isModelRecords() {
    return ordinal() <= CSV.ordinal();
  }

  /** The command-line name, e.g. {@code hub-jsonl}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name. */
  public static InputFormat ofCliName(String name) {
    for (InputFormat f : values()) {
      if (f.cliName().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + name
            + "' (auto, hub-json, hub-jsonl, hub-parquet, model-tree-csv, csv, openrouter-weekly,"
            + " openrouter-models, usage-csv, llm-prices, eosai, mof, epoch-models, spdx-licenses)");
  }
}
