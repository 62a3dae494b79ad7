package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.observatory.model.BadInputException;

/**
 * The dimensions the European Open Source AI Index scores, in its groups, as {@code
 * _parameters.yml} lists them: the score of an entry is the mean over these (see {@link
 * EosaiEntry#WEIGHTS}).
 */
record EosaiParameters(List<Parameter> parameters) implements EosaiDocument {
  static final String BUNDLED = "openness/eosai-parameters.yml";

  /**
   * One scored dimension.
   *
   * @param types the model types it applies to (the site scores a dimension only for these)
   */
  record Parameter(
      int position,
      String groupRef,
      String groupName,
      String ref,
      String name,
      List<String> types) {
    Parameter {
      requireNonNull(groupRef, "groupRef");
      requireNonNull(ref, "ref");
      types = List.copyOf(types);
    }
  }

  EosaiParameters {
    parameters = List.copyOf(parameters);
  }

  /** The copy of {@code _parameters.yml} in the jar (see {@code openness/NOTICE.md}). */
  static EosaiParameters bundled() {
    try (InputStream in = EosaiParameters.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (EosaiParameters) EosaiParser.parse(text, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the list of groups {@code [{name, ref, params: [{ref, name, types}]}]}. */
  static EosaiParameters of(JsonNode root, YamlText text, String file) {
    List<Parameter> out = new ArrayList<>();
    for (int g = 0; g < root.size(); g++) {
      JsonNode group = root.get(g);
      int line = text.item(1, g);
      if (!group.isObject() || !group.path("params").isArray() || text(group, "ref") == null) {
        throw new BadInputException(
            file, Math.max(line, 1), "group " + (g + 1) + " has no ref or no params list");
      }
      for (JsonNode p : group.get("params")) {
        String ref = text(p, "ref");
        if (ref == null) {
          throw new BadInputException(
              file,
              Math.max(line, 1),
              "a parameter of group " + text(group, "ref") + " has no ref");
        }
        List<String> types = new ArrayList<>();
        p.path("types").forEach(t -> types.add(t.asText().strip()));
        out.add(
            new Parameter(
                out.size() + 1,
                text(group, "ref"),
                text(group, "name"),
                ref,
                text(p, "name"),
                types));
      }
    }
    if (out.isEmpty()) {
      throw new BadInputException(file, 1, "no parameters listed");
    }
    return new EosaiParameters(out);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }
}
