package org.observatory.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.model.BadInputException;
import org.observatory.model.CsvTable;

/**
 * Capability bands for the savings counterfactual ({@code model,band,source}): closed-model demand
 * moves only to open models of the same band. The bundled list ({@code usage/capability.csv}) is
 * seeded from OpenRouter's own weekly ranking (see METHODOLOGY.md); a user file with the same
 * columns replaces the band of a model it names and adds the others. Models are matched by {@link
 * ModelKey#of} of the usage slug or of its OpenRouter models-API id.
 */
public final class CapabilityBands {
  static final String RESOURCE = "usage/capability.csv";
  private static final List<String> COLUMNS = List.of("model", "band", "source");

  /** One model's band and why. */
  record Band(String model, String band, String source) {}

  private final Map<String, Band> bundled;
  private final Map<String, Band> overrides;

  private CapabilityBands(Map<String, Band> bundled, Map<String, Band> overrides) {
    this.bundled = Map.copyOf(bundled);
    this.overrides = Map.copyOf(overrides);
  }

  public static CapabilityBands bundled() {
    InputStream in = CapabilityBands.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new CapabilityBands(read(r, RESOURCE, new LinkedHashMap<>()), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * These bands with a user's file over them: a model the file names (by slug or models-API id)
   * takes the file's band.
   */
  public CapabilityBands withOverrides(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new CapabilityBands(bundled, read(r, file.toString(), new LinkedHashMap<>(overrides)));
    } catch (NoSuchFileException e) {
      throw new BadInputException(file.toString(), 0, "no such capability file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static Map<String, Band> read(Reader in, String file, Map<String, Band> into) {
    try (CSVParser csv = CsvTable.FORMAT.parse(in)) {
      if (!csv.getHeaderNames().equals(COLUMNS)) {
        throw new BadInputException(
            file, 1, "the header must be model,band,source, not " + csv.getHeaderNames());
      }
      for (CSVRecord r : csv) {
        long line = csv.getCurrentLineNumber();
        if (!r.isConsistent() || r.get("model").isBlank() || r.get("band").isBlank()) {
          throw new BadInputException(file, line, "expected a model, a band and a source");
        }
        if (r.get("source").isBlank()) {
          throw new BadInputException(file, line, "no source for " + r.get("model"));
        }
        String key = ModelKey.of(r.get("model"));
        into.put(key, new Band(r.get("model"), r.get("band"), r.get("source")));
      }
      return into;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(file, 0, "not a capability CSV: " + e.getMessage(), e);
    }
  }

  /**
   * The band of a usage model, by its slug or its models-API id: a user's row first, then the
   * bundled list.
   */
  Optional<Band> lookup(String slug, String apiId) {
    for (Map<String, Band> rows : List.of(overrides, bundled)) {
      Band b = rows.get(ModelKey.of(slug));
      if (b == null && apiId != null) {
        b = rows.get(ModelKey.of(apiId));
      }
      if (b != null) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
