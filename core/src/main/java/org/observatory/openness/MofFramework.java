package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.license.LicenseClass;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;

/**
 * The Model Openness Framework v1.0 as the Observatory applies it: its 17 components with their
 * content type ({@code openness/mof-components.yml}, the MOT's Components.yml), the class that
 * requires each ({@code openness/mof-classes.csv}) and the licenses the MOF names as open ({@code
 * openness/mof-licenses.json}). See {@code openness/NOTICE.md}.
 */
final class MofFramework {
  /** The classes from least to most demanding. */
  static final List<String> CLASSES = List.of("III", "II", "I");

  /** One MOF component: its content type and the class that requires (or optionally lists) it. */
  record Component(String name, String contentType, String mofClass, boolean required) {
    Component {
      requireNonNull(name, "name");
      requireNonNull(contentType, "contentType");
      requireNonNull(mofClass, "mofClass");
    }
  }

  /** A license the MOF names as open, with the content types it is meant for. */
  record OpenLicense(String id, boolean osiApproved, Set<String> contentTypes) {}

  private final Map<String, Component> components;
  private final Map<String, OpenLicense> licenses;
  private final LicenseNames classifier;

  MofFramework(
      List<Component> components, List<OpenLicense> licenses, LicenseClassifier classifier) {
    Map<String, Component> c = new LinkedHashMap<>();
    components.forEach(x -> c.put(key(x.name()), x));
    Map<String, OpenLicense> l = new LinkedHashMap<>();
    licenses.forEach(x -> l.merge(key(x.id()), x, MofFramework::merge));
    this.components = c;
    this.licenses = l;
    this.classifier = new LicenseNames(classifier);
  }

  /** The framework shipped in the jar. */
  static MofFramework bundled(LicenseClassifier classifier) {
    Map<String, String[]> classes = new LinkedHashMap<>();
    for (String line : resource("openness/mof-classes.csv").lines().skip(1).toList()) {
      String[] f = line.split(",", -1);
      classes.put(key(f[0]), new String[] {f[1], f[2]});
    }
    List<Component> components = new ArrayList<>();
    try {
      JsonNode yml = new YAMLMapper().readTree(resource("openness/mof-components.yml"));
      for (JsonNode c : yml) {
        String name = c.path("name").asText().strip();
        String[] cls = classes.get(key(name));
        if (cls == null) {
          throw new IllegalStateException("mof-classes.csv has no row for component " + name);
        }
        components.add(
            new Component(
                name,
                c.path("contentType").asText().strip(),
                cls[0],
                Boolean.parseBoolean(cls[1])));
      }
      List<OpenLicense> open = new ArrayList<>();
      JsonNode json = new JsonMapper().readTree(resource("openness/mof-licenses.json"));
      for (JsonNode l : json.path("licenses")) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode t = l.path("ContentType");
        if (t.isArray()) {
          t.forEach(x -> types.add(x.asText()));
        } else {
          types.add(t.asText());
        }
        open.add(
            new OpenLicense(
                l.path("licenseId").asText(), l.path("isOsiApproved").asBoolean(), types));
      }
      return new MofFramework(components, open, classifier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Component> component(String name) {
    return Optional.ofNullable(components.get(key(name)));
  }

  List<Component> components() {
    return List.copyOf(components.values());
  }

  /** The MOF license a license string names: its SPDX id, or the SPDX key the classifier finds. */
  Optional<OpenLicense> openLicense(String license) {
    if (license == null) {
      return Optional.empty();
    }
    OpenLicense direct = licenses.get(key(license));
    if (direct != null) {
      return Optional.of(direct);
    }
    LicenseVerdict v = classifier.classify(license);
    return Optional.ofNullable(v.key()).map(k -> licenses.get(key(k)));
  }

  /** OSI-approved: by the MOF license list, else by the Observatory's license table. */
  boolean osiApproved(String license) {
    if (license == null) {
      return false;
    }
    Optional<OpenLicense> mof = openLicense(license);
    if (mof.isPresent()) {
      return mof.get().osiApproved();
    }
    return classifier.classify(license).licenseClass() == LicenseClass.OSI_APPROVED;
  }

  /** Open for the MOF: a license the MOF names as open, or any OSI-approved license. */
  boolean open(String license) {
    return openLicense(license).isPresent() || osiApproved(license);
  }

  /** Whether the MOF names the license as open for this content type (code, data, document). */
  boolean typeAppropriate(String license, String contentType) {
    return openLicense(license).map(l -> l.contentTypes().contains(contentType)).orElse(false);
  }

  private static OpenLicense merge(OpenLicense a, OpenLicense b) {
    Set<String> types = new LinkedHashSet<>(a.contentTypes());
    types.addAll(b.contentTypes());
    return new OpenLicense(a.id(), a.osiApproved() || b.osiApproved(), types);
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String resource(String name) {
    try (InputStream in = MofFramework.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
