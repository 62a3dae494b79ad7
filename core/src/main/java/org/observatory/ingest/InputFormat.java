package org.observatory.ingest;

import java.util.Locale;

/** The shapes of Hub model metadata the Observatory reads. */
public enum InputFormat {
  AUTO,
  HUB_JSON,
  HUB_JSONL,
  HUB_PARQUET,
  MODEL_TREE_CSV,
  CSV;

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
            + "' (auto, hub-json, hub-jsonl, hub-parquet, model-tree-csv, csv)");
  }
}
