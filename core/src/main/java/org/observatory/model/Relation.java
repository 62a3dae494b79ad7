package org.observatory.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a derivative model relates to its parent, as the Hub's {@code base_model:<relation>:} tags
 * say.
 */
public enum Relation {
  FINETUNE,
  ADAPTER,
  QUANTIZED,
  MERGE,
  UNSPECIFIED;

  private static final Relation[] TYPED = {FINETUNE, ADAPTER, QUANTIZED, MERGE};

  private final String key = name().toLowerCase(Locale.ROOT);

  /** The lower-case key used in tags, the store and reports. */
  public String key() {
    return key;
  }

  /**
   * Parses a typed relation key ({@code finetune}, {@code adapter}, {@code quantized}, {@code
   * merge}).
   */
  public static Optional<Relation> ofTag(String key) {
    for (Relation r : TYPED) {
      if (r.key.equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
