package org.observatory.usage;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How usage slugs and model names are compared across sources: a slug without its {@code :variant}
 * and trailing {@code -YYYYMMDD} date, a maker from the slug, and name keys that ignore case, a
 * vendor prefix ({@code "Google: "}), parentheses ({@code "(free)"}), a trailing "preview" or "exp"
 * and punctuation other than dots.
 */
final class ModelKey {
  private static final Pattern DATE = Pattern.compile("-\\d{8}$");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern TRAILING_TAG = Pattern.compile("(?:[\\s_-]+(?:preview|exp))+$");
  private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9.]");

  private ModelKey() {}

  /** {@code deepseek/deepseek-v3.2-20251201:free} → {@code deepseek/deepseek-v3.2}. */
  static String of(String slug) {
    String s = slug.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("~")) {
      s = s.substring(1);
    }
    int colon = s.indexOf(':');
    if (colon >= 0) {
      s = s.substring(0, colon);
    }
    return DATE.matcher(s).replaceFirst("");
  }

  /** The maker part of a slug ({@code deepseek}), or null for a slug without one. */
  static String maker(String slug) {
    String key = of(slug);
    int slash = key.indexOf('/');
    return slash <= 0 ? null : key.substring(0, slash);
  }

  /** A name compared loosely: {@code "Google: Gemini 3 Pro Preview"} → {@code gemini3pro}. */
  static String name(String name) {
    if (name == null) {
      return "";
    }
    String s = name.strip();
    int colon = s.indexOf(": ");
    if (colon > 0) {
      s = s.substring(colon + 2);
    }
    s = PARENTHESES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    s = TRAILING_TAG.matcher(s).replaceFirst("");
    return NOT_KEY.matcher(s).replaceAll("");
  }

  /** The name keys a usage model may be known by: its display name and its slug's model part. */
  static Set<String> names(String slug, String displayName) {
    Set<String> keys = new LinkedHashSet<>();
    String key = of(slug);
    keys.add(name(displayName));
    keys.add(name(key.substring(key.indexOf('/') + 1)));
    keys.remove("");
    return keys;
  }
}
