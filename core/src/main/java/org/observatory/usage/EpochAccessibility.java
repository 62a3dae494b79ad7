package org.observatory.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.model.CsvTable;

/**
 * Epoch AI's "Model accessibility" of language models ({@code usage/epoch-accessibility.csv}, built
 * from Epoch's files by {@code scripts/epoch_accessibility.py}), looked up by name key ({@link
 * ModelKey#name}). When several Epoch models share a key (e.g. "Gemini 2.5 Flash (Sep 2025)" and
 * "(Jun 2025)"), the latest published one answers.
 */
final class EpochAccessibility {
  static final String RESOURCE = "usage/epoch-accessibility.csv";

  /** One Epoch model: its name, organisation, accessibility, publication date and file. */
  record Entry(
      String model, String organization, String accessibility, String published, String file) {
    boolean openWeights() {
      return accessibility.startsWith("Open weights");
    }

    String describe() {
      return "Epoch AI "
          + file
          + ": '"
          + model
          + "' ("
          + organization
          + ") has Model accessibility '"
          + accessibility
          + "'";
    }
  }

  private final Map<String, Entry> byKey;

  private EpochAccessibility(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  static EpochAccessibility bundled() {
    InputStream in = EpochAccessibility.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Entry> byKey = new HashMap<>();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser csv = CsvTable.FORMAT.parse(r)) {
      for (CSVRecord row : csv) {
        Entry e =
            new Entry(
                row.get("model"),
                row.get("organization"),
                row.get("accessibility"),
                row.get("publication_date"),
                row.get("source"));
        byKey.merge(
            ModelKey.name(e.model()),
            e,
            (a, b) -> a.published().compareTo(b.published()) >= 0 ? a : b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new EpochAccessibility(byKey);
  }

  /** The Epoch model known by the first of these name keys that Epoch has. */
  Optional<Entry> lookup(Collection<String> nameKeys) {
    return nameKeys.stream().map(byKey::get).filter(e -> e != null).findFirst();
  }
}
