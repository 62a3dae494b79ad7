package org.observatory.cli;

/**
 * Text from outside (file names, values read from inputs) as it may reach a terminal: control
 * characters (an escape sequence could rewrite the screen, a carriage return hide a line) and
 * bidirectional overrides are shown escaped, as {@code \x1b} or {@code \u202e}.
 */
final class Printable {
  private Printable() {}

  static String of(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escaped = escape(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        out.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  private static String escape(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return "\\t";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("\\x%02x", (int) c);
    }
    if ((c >= 0x80 && c <= 0x9f)
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
