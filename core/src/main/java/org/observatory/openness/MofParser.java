package org.observatory.openness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.model.BadInputException;

/**
 * Reads one MOF model file ({@code framework}, {@code release}) and checks it against the shape of
 * the MOT's {@code mof_schema.json}: a bad file is a {@link BadInputException} naming file and
 * line.
 */
final class MofParser {
  private static final String FRAMEWORK = "Model Openness Framework";
  private static final List<String> LICENSE_KINDS =
      List.of("distribution", "code", "data", "document");

  private MofParser() {}

  static MofRelease parse(String text, String file, MofFramework framework) {
    JsonNode root = EosaiParser.readYaml(text, file);
    YamlText lines = new YamlText(text);
    if (!root.isObject()
        || !root.path("framework").isObject()
        || !root.path("release").isObject()) {
      throw new BadInputException(
          file, 1, "not a MOF model file: expected the mappings framework and release");
    }
    String fw = EosaiParser.text(root.get("framework"), "name");
    if (!FRAMEWORK.equals(fw)) {
      throw new BadInputException(
          file,
          lines.keyBelow(lines.topKey("framework"), "name"),
          "framework.name is '" + fw + "', not '" + FRAMEWORK + "'");
    }
    JsonNode release = root.get("release");
    int releaseLine = lines.topKey("release");
    String name = EosaiParser.text(release, "name");
    if (name == null) {
      throw new BadInputException(
          file, lines.keyBelow(releaseLine, "name"), "release.name is empty");
    }
    Map<String, String> global = globalLicenses(release.get("license"), lines, releaseLine, file);
    JsonNode list = release.get("components");
    int listLine = lines.keyBelow(releaseLine, "components");
    if (list == null || !list.isArray()) {
      throw new BadInputException(file, listLine, "release.components is not a list");
    }
    List<MofRelease.Listed> components = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode c = list.get(i);
      int line = lines.item(listLine, i);
      String cname = c.isObject() ? EosaiParser.text(c, "name") : null;
      if (cname == null) {
        throw new BadInputException(file, line, "component " + (i + 1) + " has no name");
      }
      if (framework.component(cname).isEmpty()) {
        throw new BadInputException(
            file, line, "component " + (i + 1) + " '" + cname + "' is not a MOF v1.0 component");
      }
      JsonNode license = c.get("license");
      if (license != null && license.isContainerNode()) {
        throw new BadInputException(
            file, line, "the license of component '" + cname + "' is not a text value");
      }
      components.add(new MofRelease.Listed(cname, EosaiParser.text(c, "license")));
    }
    return new MofRelease(
        name,
        EosaiParser.text(release, "version"),
        EosaiParser.text(release, "producer"),
        EosaiParser.text(release, "huggingface"),
        global,
        components);
  }

  private static Map<String, String> globalLicenses(
      JsonNode license, YamlText lines, int releaseLine, String file) {
    Map<String, String> out = new LinkedHashMap<>();
    if (license == null || license.isNull()) {
      return out;
    }
    int line = lines.keyBelow(releaseLine, "license");
    if (!license.isObject()) {
      throw new BadInputException(file, line, "release.license is not a mapping");
    }
    for (String kind : LICENSE_KINDS) {
      JsonNode k = license.get(kind);
      if (k == null || k.isNull()) {
        continue;
      }
      if (!k.isObject()) {
        throw new BadInputException(
            file, line, "release.license." + kind + " is not a mapping of name and path");
      }
      String n = EosaiParser.text(k, "name");
      if (n != null) {
        out.put(kind, n);
      }
    }
    return out;
  }
}
