package org.observatory.openness;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.observatory.model.BadInputException;

/**
 * Reads one file of the European Open Source AI Index
 * (Language-Technology-Assessment/main-database) and checks its shape; a bad file is a {@link
 * BadInputException} naming the file and line.
 */
final class EosaiParser {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern NATIONAL = Pattern.compile("^#\\s*-\\s*National origin\\s*:");
  private static final Pattern CONTRIBUTOR = Pattern.compile("^#\\s*-\\s*Contributor type\\s*:");

  private EosaiParser() {}

  static EosaiDocument parse(String text, String file) {
    JsonNode root = readYaml(text, file);
    YamlText lines = new YamlText(text);
    if (root.isArray()) {
      return EosaiParameters.of(root, lines, file);
    }
    if (root.isObject() && root.has("system")) {
      return entry(root, lines, file);
    }
    if (root.isObject() && root.size() > 0 && isDescriptions(root)) {
      Map<String, String> english = new LinkedHashMap<>();
      root.fields()
          .forEachRemaining(e -> english.put(e.getKey(), e.getValue().path("en").asText()));
      return new EosaiDescriptions(english);
    }
    throw new BadInputException(
        file,
        1,
        "not an EOSAI file: expected a model entry (system, org and the openness dimensions), a"
            + " _parameters.yml list or a _parameters-descriptions.yml mapping");
  }

  static JsonNode readYaml(String text, String file) {
    try {
      JsonNode root = YAML.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new BadInputException(file, 1, "empty YAML document");
      }
      return root;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(at.getLineNr(), 1);
      throw new BadInputException(file, line, "not valid YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean isDescriptions(JsonNode root) {
    for (JsonNode v : root) {
      if (!v.isObject() || !v.has("en")) {
        return false;
      }
    }
    return true;
  }

  private static EosaiDocument entry(JsonNode root, YamlText lines, String file) {
    JsonNode system = root.get("system");
    if (!system.isObject()) {
      throw new BadInputException(file, lines.topKey("system"), "system is not a mapping");
    }
    String name = text(system, "name");
    if (name == null) {
      return new EosaiDocument.Template();
    }
    JsonNode org = root.path("org");
    if (!org.isMissingNode() && !org.isNull() && !org.isObject()) {
      throw new BadInputException(file, lines.topKey("org"), "org is not a mapping");
    }
    List<EosaiEntry.Dimension> dimensions = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getKey().equals("system") || f.getKey().equals("org")) {
        continue;
      }
      dimensions.add(dimension(f.getKey(), f.getValue(), lines, file));
    }
    String license = text(system, "endmodellicense");
    return new EosaiEntry(
        name,
        text(system, "link"),
        text(system, "type"),
        text(system, "performanceclass"),
        text(system, "basemodelname"),
        text(system, "endmodelname"),
        license != null ? license : text(system, "endmodel license"),
        text(system, "releasedate"),
        text(org, "name"),
        text(org, "link"),
        lines.comment(NATIONAL),
        lines.comment(CONTRIBUTOR),
        dimensions);
  }

  private static EosaiEntry.Dimension dimension(
      String ref, JsonNode node, YamlText lines, String file) {
    int line = lines.topKey(ref);
    if (!node.isObject()) {
      throw new BadInputException(
          file, line, "dimension " + ref + " is not a mapping of class, link and notes");
    }
    String openness = text(node, "class");
    if (openness != null && !EosaiEntry.WEIGHTS.containsKey(openness)) {
      throw new BadInputException(
          file,
          lines.keyBelow(line, "class"),
          "dimension "
              + ref
              + " has the unknown class '"
              + openness
              + "' (open, partial or closed)");
    }
    List<String> links = new ArrayList<>();
    JsonNode link = node.get("link");
    if (link != null && link.isArray()) {
      link.forEach(l -> links.add(l.asText().strip()));
    } else if (text(node, "link") != null) {
      links.add(text(node, "link"));
    }
    return new EosaiEntry.Dimension(ref, openness, links);
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
