package org.observatory.claims;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The claims the Observatory checks, read from {@code claims/claims.yaml} (data, not code). */
public final class ClaimsCatalog {
  private static final String RESOURCE = "claims/claims.yaml";

  private ClaimsCatalog() {}

  public static List<Claim> bundled() {
    YAMLMapper yaml = new YAMLMapper();
    yaml.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    yaml.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    try (InputStream in = ClaimsCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return List.copyOf(yaml.readValue(in, new TypeReference<List<Claim>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
