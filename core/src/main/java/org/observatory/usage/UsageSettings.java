package org.observatory.usage;

import static java.util.Objects.requireNonNull;

import org.observatory.model.UsageException;

/**
 * The assumptions of the savings counterfactual that a report run may change: the token-efficiency
 * range (open models using {@code efficiencyMin} to {@code efficiencyMax} times the tokens per task
 * of the closed model they replace; default 1.0 to 4.0), the capability bands and the open-weights
 * overrides of usage models.
 */
public record UsageSettings(
    double efficiencyMin, double efficiencyMax, CapabilityBands bands, OpenWeights weights) {
  public static final double DEFAULT_MIN = 1.0;
  public static final double DEFAULT_MAX = 4.0;

  public UsageSettings {
    requireNonNull(bands, "bands");
    requireNonNull(weights, "weights");
    if (!(efficiencyMin > 0) || !(efficiencyMax >= efficiencyMin) || efficiencyMax > 100) {
      throw new UsageException(
          "the efficiency range must be 0 < MIN <= MAX <= 100, not "
              + efficiencyMin
              + ":"
              + efficiencyMax);
    }
  }

  /** 1.0 to 4.0, with the bundled capability bands. */
  public static UsageSettings defaults() {
    return new UsageSettings(
        DEFAULT_MIN, DEFAULT_MAX, CapabilityBands.bundled(), OpenWeights.bundled());
  }

  /** These settings with the range {@code MIN:MAX} (e.g. {@code 1.5:4}); one number is MIN=MAX. */
  public UsageSettings withEfficiency(String range) {
    String[] parts = range.strip().split(":", -1);
    try {
      double min = Double.parseDouble(parts[0].strip());
      double max = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : min;
      if (parts.length > 2) {
        throw new NumberFormatException();
      }
      return new UsageSettings(min, max, bands, weights);
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--efficiency takes MIN:MAX, e.g. 1:4 or 1.5:4 (tokens per task of open models relative to"
              + " closed ones), not '"
              + range
              + "'");
    }
  }

  /** These settings with another set of capability bands. */
  public UsageSettings withBands(CapabilityBands other) {
    return new UsageSettings(efficiencyMin, efficiencyMax, other, weights);
  }

  /** These settings with other open-weights overrides (a user's {@code --weights FILE}). */
  public UsageSettings withWeights(OpenWeights other) {
    return new UsageSettings(efficiencyMin, efficiencyMax, bands, other);
  }
}
