package org.observatory.releases;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.observatory.origin.CountryNames;
import org.observatory.origin.Origin;
import org.observatory.store.DatasetSink;
import org.observatory.store.IngestIssue;
import org.observatory.store.RowAppender;

/**
 * Loads an Epoch AI model-data CSV (notable, large-scale, frontier or all models) into {@code
 * epoch_models}: model, organisation, publication date, countries, accessibility, training compute,
 * and the row's origin ({@link #origin}). Its country origin is the one country all its
 * organisations share ({@code China,China} is CN), else {@code MULTI}. A training compute that is
 * not a number is dropped and counted.
 */
public final class EpochModelsLoader implements DatasetLoader {
  static final String TABLE = "epoch_models";
  static final String MULTI = "MULTI";
  private static final String COMPUTE_COLUMN = "Training compute (FLOP)";
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
    long badCompute = 0;
    long firstBadCompute = 0;
    // untrimmed, unlike CsvTable.FORMAT: the values as Epoch wrote them (a few model names end in a
    // blank), which the figures and their independent checks read
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
        String origin = origin(r.get("Organization"), countries);
        if (origin == null && !countries.isBlank()) {
          unknownCountries++;
          firstUnknown = firstUnknown == 0 ? parser.getCurrentLineNumber() : firstUnknown;
        }
        String access = r.isMapped("Model accessibility") ? r.get("Model accessibility") : "";
        String computeText = r.isMapped(COMPUTE_COLUMN) ? r.get(COMPUTE_COLUMN).strip() : "";
        Double compute = flop(computeText);
        if (compute == null && !computeText.isEmpty()) {
          badCompute++;
          firstBadCompute = firstBadCompute == 0 ? parser.getCurrentLineNumber() : firstBadCompute;
        }
        rows.add(r.get("Model"))
            .add(blankToNull(r.get("Organization")))
            .add(date(r.get("Publication date"), file.name(), parser.getCurrentLineNumber()))
            .add(blankToNull(countries))
            .add(origin)
            .add(blankToNull(access))
            .add(access.startsWith("Open weights"))
            .add(fileName);
        if (compute == null) {
          rows.addNull();
        } else {
          rows.add(compute.doubleValue());
        }
        rows.add(countryOrigin(countries)).endRow();
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
              "country name not known (origin.CountryNames): counted as UNATTRIBUTED",
              unknownCountries,
              firstUnknown));
    }
    if (badCompute > 0) {
      issues.add(
          new IngestIssue(
              "cleaned", "training compute is not a positive number", badCompute, firstBadCompute));
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
   * The origin of one Epoch row (METHODOLOGY.md, "Open-weight releases"): for a row of one
   * organisation, the origin registry's rule for Epoch's countries (origin/NOTICE.md):
   * "Multinational" is dropped when a country is also named, "Hong Kong,China" is HK and
   * "Macao,China" MO, what is left is the origin when it is one code ({@code INTL} for
   * "Multinational" alone), else {@code MULTI}; for a row of several organisations
   * (comma-separated), the one country it lists, else {@code MULTI}. Null when the row lists no
   * country or a name {@link CountryNames} does not know.
   */
  static String origin(String organization, String countries) {
    List<String> codes = new ArrayList<>();
    for (String name : countries.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      String code = CountryNames.code(name).orElse(null);
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      return null;
    }
    if (organizations(organization) > 1) {
      return codes.size() == 1 ? codes.get(0) : MULTI;
    }
    return shared(codes);
  }

  /** The registry's rule for the countries of one organisation (see {@link #origin}). */
  private static String shared(List<String> codes) {
    Set<String> distinct = new LinkedHashSet<>(codes);
    if (distinct.size() > 1) {
      distinct.remove(Origin.INTL);
    }
    if (distinct.equals(Set.of("HK", "CN")) || distinct.equals(Set.of("MO", "CN"))) {
      distinct.remove("CN");
    }
    return distinct.size() == 1 ? distinct.iterator().next() : MULTI;
  }

  private static long organizations(String organization) {
    return Arrays.stream(organization.split(",")).filter(o -> !o.isBlank()).count();
  }

  /**
   * The one country all of the row's organisations share, by the same rule as one organisation's
   * countries ({@code China,China} is CN, "Multinational" beside a country is dropped), {@code
   * MULTI} when they differ; null for none or an unknown name. Indicator 15 counts by it.
   */
  static String countryOrigin(String countries) {
    List<String> codes = new ArrayList<>();
    for (String name : countries.split(",")) {
      if (!name.isBlank()) {
        String code = CountryNames.code(name).orElse(null);
        if (code == null) {
          return null;
        }
        codes.add(code);
      }
    }
    return codes.isEmpty() ? null : shared(codes);
  }

  /** Training compute in FLOP (e.g. {@code 3.8e+25}); null when blank, not a number or not > 0. */
  private static Double flop(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(text);
      return d > 0 && Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
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
