package org.observatory.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A fixed set of words with weights; {@link #pick} is the inverse CDF of a uniform draw. */
record Weighted(String[] words, double[] cumulative) {
  /** From a JSON object of word: weight (weights need not sum to 1). */
  static Weighted of(JsonNode weights) {
    List<String> words = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      words.add(e.getKey());
      w.add(e.getValue().asDouble());
    }
    return of(words.toArray(String[]::new), w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static Weighted of(String[] words, double[] weights) {
    double total = 0;
    for (double x : weights) {
      total += x;
    }
    double[] cum = new double[weights.length];
    double run = 0;
    for (int k = 0; k < weights.length; k++) {
      run += weights[k];
      cum[k] = run / total;
    }
    return new Weighted(words.clone(), cum);
  }

  /** The index picked by uniform draw {@code u} in [0, 1). */
  int index(double u) {
    for (int k = 0; k < cumulative.length; k++) {
      if (u < cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }

  String pick(double u) {
    return words[index(u)];
  }

  /** The weight share of word {@code k}. */
  double share(int k) {
    return cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]);
  }
}
