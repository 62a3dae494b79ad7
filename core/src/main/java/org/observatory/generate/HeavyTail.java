package org.observatory.generate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fitted count distribution: a share of zeros, a body of positive values given by quantiles
 * (interpolated geometrically), and above {@code xmin} a Pareto tail {@code P(X >= x) =
 * (x/xmin)^-alpha} holding {@code tailShare} of the positive values.
 */
record HeavyTail(double zeroShare, double[] body, double xmin, double alpha, double tailShare) {
  private static final double CAP = 2e9;

  /** From a profile object with {@code zero_share}, quantiles and an optional {@code tail}. */
  static HeavyTail of(JsonNode node, String quantilesField) {
    JsonNode q = node.path(quantilesField);
    double[] body = new double[q.size()];
    for (int k = 0; k < body.length; k++) {
      body[k] = Math.max(1, q.get(k).asDouble());
    }
    JsonNode tail = node.path("tail");
    return tail.isMissingNode()
        ? new HeavyTail(node.path("zero_share").asDouble(), body, CAP, 1, 0)
        : new HeavyTail(
            node.path("zero_share").asDouble(),
            body,
            tail.path("xmin").asDouble(),
            tail.path("alpha").asDouble(),
            tail.path("tail_share").asDouble());
  }

  /** The value at uniform draw {@code u} in [0, 1) (inverse CDF). */
  long sample(double u) {
    if (u < zeroShare) {
      return 0;
    }
    double v = (u - zeroShare) / (1 - zeroShare);
    double bodyMass = 1 - tailShare;
    if (v >= bodyMass) {
      double w = (v - bodyMass) / tailShare;
      return (long) Math.min(CAP, xmin * Math.pow(1 - w, -1 / alpha));
    }
    double pos = v / bodyMass * (body.length - 1);
    int k = (int) pos;
    double lo = body[k];
    double hi = body[Math.min(k + 1, body.length - 1)];
    return Math.max(1, Math.round(lo * Math.pow(hi / lo, pos - k)));
  }
}
