package org.observatory.origin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.observatory.model.UsageException;

/**
 * Groups of origin codes a reader asks for ({@code report --group CN=CN,HK,MO}): every member code
 * is reported under the group's label, so that, for example, China is counted with Hong Kong and
 * Macao. The registry itself keeps HK and MO (origin/NOTICE.md, "Policy"). A code belongs to at
 * most one group; UNATTRIBUTED is never grouped.
 */
public final class OriginGroups {
  /** No groups: every code is reported as itself. */
  public static final OriginGroups NONE = new OriginGroups(Map.of(), Map.of());

  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Z0-9_-]{1,15}");

  private final Map<String, String> groupOf;
  private final Map<String, List<String>> members;

  private OriginGroups(Map<String, String> groupOf, Map<String, List<String>> members) {
    this.groupOf = Map.copyOf(groupOf);
    this.members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /**
   * Parses {@code LABEL=CODE,CODE,...} specs (one per {@code --group}); a malformed spec, an
   * unknown code or a code in two groups is a usage error.
   */
  public static OriginGroups parse(List<String> specs) {
    if (specs == null || specs.isEmpty()) {
      return NONE;
    }
    Map<String, String> groupOf = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String spec : specs) {
      String[] kv = spec.strip().split("=", 2);
      if (kv.length != 2 || !LABEL.matcher(kv[0].strip()).matches() || kv[1].isBlank()) {
        throw new UsageException(
            "--group expects LABEL=CODE,CODE,... (e.g. CN=CN,HK,MO), not '" + spec + "'");
      }
      String label = kv[0].strip();
      List<String> codes = List.of(kv[1].replace(" ", "").split(","));
      for (String code : codes) {
        if (!Origin.isOriginCode(code)) {
          throw new UsageException(
              "--group " + label + ": '" + code + "' is not an ISO 3166-1 alpha-2 code or INTL");
        }
        String before = groupOf.put(code, label);
        if (before != null && !before.equals(label)) {
          throw new UsageException(
              "--group: " + code + " is in two groups, " + before + " and " + label);
        }
      }
      members.put(label, codes);
    }
    return new OriginGroups(groupOf, members);
  }

  /** The label a code is reported under: its group's, or the code itself. */
  public String apply(String code) {
    return code == null ? null : groupOf.getOrDefault(code, code);
  }

  /** Label → member codes, in the order given. */
  public Map<String, List<String>> members() {
    return members;
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }
}
