package org.observatory.usage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The vendor price lists loaded (llm-prices.com), looked up by maker and name: a vendor matches a
 * maker when one's letters and digits start with the other's ({@code xai} / {@code x-ai}, {@code
 * mistral} / {@code mistralai}, {@code meta-ai} / {@code meta}), and a model when one of its name
 * keys (of its name or id) equals one of the usage model's.
 */
final class VendorPriceIndex {
  /** One vendor model of the price lists. */
  record Match(String vendor, String modelId, String name) {}

  private final List<Match> models;

  VendorPriceIndex(List<Match> models) {
    this.models = List.copyOf(models);
  }

  Optional<Match> lookup(String maker, Collection<String> names) {
    if (maker == null) {
      return Optional.empty();
    }
    String m = letters(maker);
    List<Match> found = new ArrayList<>();
    for (Match v : models) {
      String vendor = letters(v.vendor());
      if (!(vendor.startsWith(m) || m.startsWith(vendor))) {
        continue;
      }
      if (names.contains(ModelKey.name(v.name())) || names.contains(ModelKey.name(v.modelId()))) {
        found.add(v);
      }
    }
    return found.stream().findFirst();
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
