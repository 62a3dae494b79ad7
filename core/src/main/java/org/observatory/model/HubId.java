package org.observatory.model;

import java.util.Optional;

/**
 * A Hugging Face Hub model id, {@code org/name} or a legacy bare name, normalised from the shapes
 * real data uses: a Hub URL, a leading YAML list dash ({@code - Qwen/...}), surrounding quotes or
 * white space.
 */
public record HubId(String value) {
  /** Longest owner, and longest name, that an id may have. */
  private static final int MAX_PART = 96;

  private static final String[] URL_PREFIXES = {
    "https://huggingface.co/",
    "http://huggingface.co/",
    "https://www.huggingface.co/",
    "huggingface.co/"
  };

  /** Placeholders that model-card templates leave behind; syntactically valid, but not models. */
  private static final java.util.Set<String> PLACEHOLDERS =
      java.util.Set.of(
          "ORIGINAL_REPO_NAME", "None", "null", "none", "NULL", "base_model", "N/A", "NaN");

  public HubId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a Hub model id: " + value);
    }
  }

  /** Normalises a raw id; empty when what remains is not a valid Hub model id. */
  public static Optional<HubId> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.startsWith("- ")) {
      s = s.substring(2).strip();
    }
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      s = s.substring(1, s.length() - 1).strip();
    }
    // Every URL prefix starts with an h: most ids are not compared with them at all.
    if (!s.isEmpty() && (s.charAt(0) == 'h' || s.charAt(0) == 'H')) {
      for (String prefix : URL_PREFIXES) {
        if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
          s = s.substring(prefix.length());
          break;
        }
      }
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (PLACEHOLDERS.contains(s) || !isValid(s)) {
      return Optional.empty();
    }
    return Optional.of(new HubId(s));
  }

  /**
   * Whether {@code s} has the shape of a Hub id: an owner of 1 to 96 characters from {@code
   * [A-Za-z0-9._-]} starting with a letter or digit, then optionally a slash and a name of 1 to 96
   * such characters. The same as matching {@code
   * [A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9._-]{1,96})?}, checked by hand because every record
   * and every parent name passes through it; and, as the Hub requires, no {@code ..} anywhere and
   * no name that starts with a dot: {@code x/..} and {@code x/.} are paths, not models.
   */
  static boolean isValid(String s) {
    int n = s.length();
    if (n == 0 || !isAlnum(s.charAt(0))) {
      return false;
    }
    int slash = -1;
    char previous = s.charAt(0);
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '/') {
        if (slash >= 0) {
          return false;
        }
        slash = i;
      } else if (c >= ID_CHAR.length || !ID_CHAR[c] || (c == '.' && previous == '.')) {
        return false;
      }
      previous = c;
    }
    if (slash < 0) {
      return n <= MAX_PART;
    }
    int name = n - slash - 1;
    return slash <= MAX_PART && name >= 1 && name <= MAX_PART && s.charAt(slash + 1) != '.';
  }

  /** The characters an owner or a name may hold: {@code [A-Za-z0-9._-]}, by code. */
  private static final boolean[] ID_CHAR = new boolean[128];

  static {
    for (char c = 0; c < ID_CHAR.length; c++) {
      ID_CHAR[c] = isAlnum(c) || c == '.' || c == '_' || c == '-';
    }
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The organisation or user before the slash; for a legacy bare name, empty. */
  public Optional<String> owner() {
    int slash = value.indexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(value.substring(0, slash));
  }

  @Override
  public String toString() {
    return value;
  }
}
