package org.observatory.openness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;

/**
 * License names as the EOSAI and MOF files write them ("Llama 3.1 Community License Agreement"),
 * mapped to the Hub license ids of the Observatory's license table ({@code
 * openness/license-names.csv}), then classified by the {@link LicenseClassifier}.
 */
final class LicenseNames {
  private static final String RESOURCE = "openness/license-names.csv";
  private static final Map<String, String> HUB_IDS = load();

  private final LicenseClassifier classifier;

  LicenseNames(LicenseClassifier classifier) {
    this.classifier = classifier;
  }

  /** The classifier's verdict on a license name, read through the spellings table first. */
  LicenseVerdict classify(String name) {
    String hub = HUB_IDS.get(key(name));
    return classifier.classify(hub != null ? hub : name.strip(), null, null);
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> load() {
    try (InputStream in = LicenseNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, String> out = new HashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .forEach(
              line -> {
                String[] f = line.split(",", 3);
                out.put(key(f[0]), f[1].strip());
              });
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
