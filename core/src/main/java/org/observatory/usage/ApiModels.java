package org.observatory.usage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenRouter models-API entries loaded, looked up by a usage slug: its {@code id} or {@code
 * canonical_slug} exactly (without a {@code :variant}), else the same ignoring a trailing -YYYYMMDD
 * date ({@link ModelKey#of}).
 */
final class ApiModels {
  /** One models-API entry. */
  record Entry(String id, String canonicalSlug, String huggingFaceId) {
    String describe() {
      return "OpenRouter models API: "
          + id
          + (canonicalSlug == null ? "" : " (canonical_slug " + canonicalSlug + ")");
    }
  }

  private final Map<String, Entry> exact = new HashMap<>();
  private final Map<String, Entry> loose = new HashMap<>();

  ApiModels(List<Entry> entries) {
    for (Entry e : entries) {
      for (String k : new String[] {e.id(), e.canonicalSlug()}) {
        if (k == null || k.contains(":")) {
          continue;
        }
        exact.putIfAbsent(k.toLowerCase(Locale.ROOT), e);
        loose.putIfAbsent(ModelKey.of(k), e);
      }
    }
  }

  Optional<Entry> lookup(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    Entry e = exact.get(colon >= 0 ? s.substring(0, colon) : s);
    return Optional.ofNullable(e != null ? e : loose.get(ModelKey.of(slug)));
  }

  boolean isEmpty() {
    return exact.isEmpty();
  }
}
