package org.observatory.usage;

import static java.util.Objects.requireNonNull;

/**
 * One usage model as the indicators see it, with the reason for each attribute: its maker and
 * origin (origin registry), open or closed weights (models API, Epoch AI), capability band, and the
 * vendor price list it matches.
 *
 * @param weights {@code open}, {@code closed} or {@code unknown}
 */
record UsageModel(
    String slug,
    String maker,
    String origin,
    String originBasis,
    String weights,
    String weightsBasis,
    String apiId,
    String huggingFaceId,
    String band,
    String bandBasis,
    String vendor,
    String vendorModel) {
  static final String OPEN = "open";
  static final String CLOSED = "closed";
  static final String UNKNOWN = "unknown";

  UsageModel {
    requireNonNull(slug, "slug");
    requireNonNull(origin, "origin");
    requireNonNull(originBasis, "originBasis");
    requireNonNull(weights, "weights");
    requireNonNull(weightsBasis, "weightsBasis");
    requireNonNull(bandBasis, "bandBasis");
  }
}
