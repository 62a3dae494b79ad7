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
 * Open or closed weights of usage models, stated with a source where the other sources miss them
 * ({@code model,weights,source}): the bundled {@code usage/open-weights-overrides.csv} (models
 * whose weights are on the Hub but that neither the OpenRouter models-API file nor Epoch AI knows)
 * and a user's {@code --weights FILE} over it. A row decides before the models API and Epoch AI.
 * Models are matched by {@link ModelKey#of} of the usage slug or of its models-API id.
 */
public final class OpenWeights {
  static final String RESOURCE = "usage/open-weights-overrides.csv";
  private static final List<String> COLUMNS = List.of("model", "weights", "source");

  /** One model's weights, why, and the file that says so. */
  record Row(String model, String weights, String source, String file) {
    String describe() {
      return "open-weights override (" + file + "): " + model + " is " + weights + ", " + source;
    }
  }

  private final Map<String, Row> bundled;
  private final Map<String, Row> overrides;

  private OpenWeights(Map<String, Row> bundled, Map<String, Row> overrides) {
    this.bundled = Map.copyOf(bundled);
    this.overrides = Map.copyOf(overrides);
  }

  /** The bundled overrides. */
  public static OpenWeights bundled() {
    InputStream in = OpenWeights.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new OpenWeights(read(r, RESOURCE, new LinkedHashMap<>()), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** These overrides with a user's file over them: its rows decide first. */
  public OpenWeights withOverrides(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new OpenWeights(bundled, read(r, file.toString(), new LinkedHashMap<>(overrides)));
    } catch (NoSuchFileException e) {
      throw new BadInputException(file.toString(), 0, "no such weights file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static Map<String, Row> read(Reader in, String file, Map<String, Row> into) {
    try (CSVParser csv = CsvTable.FORMAT.parse(in)) {
      if (!csv.getHeaderNames().equals(COLUMNS)) {
        throw new BadInputException(
            file, 1, "the header must be model,weights,source, not " + csv.getHeaderNames());
      }
      for (CSVRecord r : csv) {
        long line = csv.getCurrentLineNumber();
        if (!r.isConsistent() || r.get("model").isBlank()) {
          throw new BadInputException(file, line, "expected a model, open or closed, and a source");
        }
        String weights = r.get("weights");
        if (!weights.equals(UsageModel.OPEN) && !weights.equals(UsageModel.CLOSED)) {
          throw new BadInputException(
              file, line, "weights must be open or closed, not '" + weights + "'");
        }
        if (r.get("source").isBlank()) {
          throw new BadInputException(file, line, "no source for " + r.get("model"));
        }
        into.put(
            ModelKey.of(r.get("model")), new Row(r.get("model"), weights, r.get("source"), file));
      }
      return into;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(file, 0, "not a weights CSV: " + e.getMessage(), e);
    }
  }

  /** The row of a usage model, by its slug or models-API id: a user's row first, then bundled. */
  Optional<Row> lookup(String slug, String apiId) {
    for (Map<String, Row> rows : List.of(overrides, bundled)) {
      Row row = rows.get(ModelKey.of(slug));
      if (row == null && apiId != null) {
        row = rows.get(ModelKey.of(apiId));
      }
      if (row != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
