package org.observatory.openness;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a small YAML file, to name the line of a bad value in messages (a parsed tree keeps
 * no positions). Finds block-style keys as the openness datasets write them.
 */
final class YamlText {
  private final List<String> lines;

  YamlText(String text) {
    this.lines = text.lines().toList();
  }

  /** The 1-based line of the top-level key {@code key:}, or 0. */
  int topKey(String key) {
    Pattern p = Pattern.compile("^" + Pattern.quote(key) + "\\s*:.*");
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The 1-based line of {@code child:} inside the block that starts at line {@code from} (a key
   * line), or {@code from} when the block has no such key.
   */
  int keyBelow(int from, String child) {
    if (from <= 0) {
      return 0;
    }
    int indent = indent(lines.get(from - 1));
    Pattern p = Pattern.compile("^\\s+" + Pattern.quote(child) + "\\s*:.*");
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.strip().startsWith("#") && indent(line) <= indent) {
        break;
      }
      if (p.matcher(line).matches()) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * The 1-based line where the {@code index}-th (0-based) item of the block list below the key line
   * {@code from} starts, or {@code from}.
   */
  int item(int from, int index) {
    if (from <= 0) {
      return 0;
    }
    int keyIndent = indent(lines.get(from - 1));
    int itemIndent = -1;
    int seen = -1;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int in = indent(line);
      if (in < keyIndent || (in == keyIndent && !line.strip().startsWith("-"))) {
        break;
      }
      if (line.strip().startsWith("-") && (itemIndent < 0 || in == itemIndent)) {
        itemIndent = in;
        if (++seen == index) {
          return i + 1;
        }
      }
    }
    return from;
  }

  /** The text after {@code prefix} on the first comment line that starts with it, trimmed. */
  String comment(Pattern prefix) {
    for (String line : lines) {
      var m = prefix.matcher(line);
      if (m.find()) {
        return line.substring(m.end()).strip();
      }
    }
    return null;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
