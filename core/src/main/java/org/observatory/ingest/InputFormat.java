package org.observatory.ingest;

import java.util.Locale;

/** The shapes of Hub model metadata the Observatory reads. */
public enum InputFormat {
  AUTO(Kind.TOLD_BY_CONTENT),
  HUB_JSON(Kind.MODEL_RECORDS),
  HUB_JSONL(Kind.MODEL_RECORDS),
  HUB_PARQUET(Kind.MODEL_RECORDS),
  MODEL_TREE_CSV(Kind.MODEL_RECORDS),
  CSV(Kind.MODEL_RECORDS),
  /** OpenRouter weekly rankings JSON ({@code {date, models[{slug, total_tokens, ...}]}}). */
  OPENROUTER_WEEKLY(Kind.REFERENCE_DATASET),
  /**
   * OpenRouter {@code /api/v1/models} JSON ({@code {data[{id, hugging_face_id, pricing, ...}]}}).
   */
  OPENROUTER_MODELS(Kind.REFERENCE_DATASET),
  /** Usage CSV {@code date,model,tokens[,requests]} (OpenRouter's daily rankings export). */
  USAGE_CSV(Kind.REFERENCE_DATASET),
  /** Vendor price histories ({@code {vendor, models[{id, price_history[...]}]}}, llm-prices). */
  LLM_PRICES(Kind.REFERENCE_DATASET),
  /** European Open Source AI Index model YAML. */
  EOSAI(Kind.REFERENCE_DATASET),
  /** Model Openness Framework (MOT) model YAML. */
  MOF(Kind.REFERENCE_DATASET),
  /**
   * Epoch AI model data CSV ({@code Model, Organization, Publication date, Country (of
   * organization), ...}).
   */
  EPOCH_MODELS(Kind.REFERENCE_DATASET),
  /** The SPDX License List JSON ({@code {licenseListVersion, licenses[...]}}). */
  SPDX_LICENSES(Kind.REFERENCE_DATASET);

  /** What a format's files hold, which decides where the ingest puts them. */
  public enum Kind {
    /** {@link #AUTO}: each file's kind is that of the format its content shows. */
    TOLD_BY_CONTENT,
    /** Hub model records, into a dated snapshot. */
    MODEL_RECORDS,
    /** A reference dataset (usage, prices, openness, releases, licenses), into its own tables. */
    REFERENCE_DATASET
  }

  private final Kind kind;

  InputFormat(Kind kind) {
    this.kind = kind;
  }

  /** What the format's files hold. */
  public Kind kind() {
    return kind;
  }

  /** True for the formats that carry Hub model records (into dated snapshots). */
  public boolean isModelRecords() {
    return kind == Kind.MODEL_RECORDS;
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
