package org.observatory.releases;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.store.DatasetSink;
import org.observatory.store.IngestIssue;
import org.observatory.store.RowAppender;

/**
 * Loads an Epoch AI model-data CSV (notable, large-scale, frontier or all models) into {@code
 * epoch_models}: model, organisation, publication date, countries, accessibility. A row's origin is
 * its country when it lists exactly one; rows that list several (one per organisation, even the
 * same twice) are {@code MULTI}.
 */
public final class EpochModelsLoader implements DatasetLoader {
  static final String TABLE = "epoch_models";
  private static final List<String> COUNTRY_COLUMNS =
      List.of("Country (of organization)", "Country (from Organization)");

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    String fileName = file.path().getFileName().toString();
    sink.replaceSource(TABLE, fileName);
    RowAppender rows = sink.rows(TABLE);
    long read = 0;
    long unknownCountries = 0;
    long firstUnknown = 0;
    try (Reader in = file.reader();
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      String countryColumn = header(parser, file.name());
      for (CSVRecord r : parser) {
        read++;
        if (!r.isConsistent()) {
          throw new BadInputException(
              file.name(),
              parser.getCurrentLineNumber(),
              "record " + read + " has " + r.size() + " columns");
        }
        String countries = r.get(countryColumn);
        String origin = origin(countries);
        if (origin == null && !countries.isBlank()) {
          unknownCountries++;
          firstUnknown = firstUnknown == 0 ? parser.getCurrentLineNumber() : firstUnknown;
        }
        String access = r.isMapped("Model accessibility") ? r.get("Model accessibility") : "";
        rows.add(r.get("Model"))
            .add(blankToNull(r.get("Organization")))
            .add(date(r.get("Publication date"), file.name(), parser.getCurrentLineNumber()))
            .add(blankToNull(countries))
            .add(origin)
            .add(blankToNull(access))
            .add(access.startsWith("Open weights"))
            .add(fileName)
            .endRow();
      }
    } catch (IOException | UncheckedIOException e) {
      throw file.failure(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BadInputException(file.name(), 0, "not a readable Epoch CSV: " + e.getMessage(), e);
    }
    List<IngestIssue> issues = new ArrayList<>();
    if (unknownCountries > 0) {
      issues.add(
          new IngestIssue(
              "cleaned",
              "country name not in releases/epoch-countries.csv",
              unknownCountries,
              firstUnknown));
    }
    return new DatasetResult(read, read, 0, null, issues);
  }

  private static String header(CSVParser parser, String name) {
    List<String> header = parser.getHeaderNames();
    for (String required : List.of("Model", "Organization", "Publication date")) {
      if (!header.contains(required)) {
        throw new BadInputException(
            name, 1, "not an Epoch AI model CSV: no column '" + required + "'");
      }
    }
    return COUNTRY_COLUMNS.stream()
        .filter(header::contains)
        .findFirst()
        .orElseThrow(() -> new BadInputException(name, 1, "no country column " + COUNTRY_COLUMNS));
  }

  /**
   * The ISO code of a single-country row, {@code MULTI} for several countries, null for none or
   * unknown.
   */
  static String origin(String countries) {
    Set<String> codes = new LinkedHashSet<>();
    int listed = 0;
    for (String name : countries.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      listed++;
      String code = EpochCountries.code(name).orElse(null);
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    if (listed == 0) {
      return null;
    }
    return listed == 1 ? codes.iterator().next() : "MULTI";
  }

  private static LocalDate date(String raw, String file, long line) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip().substring(0, Math.min(10, raw.strip().length())));
    } catch (DateTimeParseException e) {
      throw new BadInputException(file, line, "publication date is not a date: '" + raw + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
