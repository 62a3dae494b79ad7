package org.observatory.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The indicators of the report, in order, read from {@code report/indicators.yaml}. */
public final class IndicatorCatalog {
  private static final String RESOURCE = "report/indicators.yaml";

  private IndicatorCatalog() {}

  public static List<IndicatorSpec> bundled() {
    YAMLMapper yaml = new YAMLMapper();
    yaml.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    yaml.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    try (InputStream in = IndicatorCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return List.copyOf(yaml.readValue(in, new TypeReference<List<IndicatorSpec>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
