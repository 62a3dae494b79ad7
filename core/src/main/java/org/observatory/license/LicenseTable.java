package org.observatory.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.model.BadInputException;

/**
 * The license table and link hints, read from CSV and checked row by row. A bad row fails with a
 * {@link BadInputException} naming the file and line.
 */
final class LicenseTable {
  static final String LICENSES = "license/licenses.csv";
  static final String LINK_HINTS = "license/link-hints.csv";
  private static final List<String> LICENSE_HEADER =
      List.of("hub_license", "key", "key_kind", "class", "source");
  private static final List<String> HINT_HEADER = List.of("link_contains", "hub_license", "source");

  /** Untrimmed, unlike {@code CsvTable.FORMAT}: the row checks refuse a value with blanks. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Map<String, LicenseRow> rows;
  private final List<LinkHint> hints;

  private LicenseTable(Map<String, LicenseRow> rows, List<LinkHint> hints) {
    this.rows = rows;
    this.hints = hints;
  }

  /** The table shipped in the jar. */
  static LicenseTable bundled() {
    try (Reader licenses = resource(LICENSES);
        Reader hints = resource(LINK_HINTS)) {
      return read(licenses, LICENSES, hints, LINK_HINTS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + LICENSES, e);
    }
  }

  static LicenseTable read(Reader licenses, String licensesName, Reader hints, String hintsName)
      throws IOException {
    Map<String, LicenseRow> rows = readRows(licenses, licensesName);
    return new LicenseTable(rows, readHints(hints, hintsName, rows));
  }

  /** The rows in file order. */
  List<LicenseRow> rows() {
    return List.copyOf(rows.values());
  }

  Optional<LicenseRow> row(String hubLicense) {
    return Optional.ofNullable(rows.get(hubLicense));
  }

  /** The first hint, in file order, that the link matches. */
  Optional<LinkHint> hint(String link) {
    String compact = LinkHint.compact(link);
    return hints.stream().filter(h -> h.matches(compact)).findFirst();
  }

  private static Map<String, LicenseRow> readRows(Reader in, String name) throws IOException {
    Map<String, LicenseRow> rows = new LinkedHashMap<>();
    try (CSVParser parser = FORMAT.parse(in)) {
      checkHeader(parser, LICENSE_HEADER, name);
      for (CSVRecord r : parser) {
        long line = line(r, LICENSE_HEADER, name);
        String hub = r.get("hub_license");
        if (hub.isEmpty() || !hub.equals(hub.strip().toLowerCase(Locale.ROOT))) {
          throw new BadInputException(
              name, line, "hub_license '" + hub + "' must be non-empty, trimmed and lower-case");
        }
        KeyKind kind =
            KeyKind.ofKey(r.get("key_kind"))
                .orElseThrow(
                    () ->
                        new BadInputException(
                            name, line, "unknown key_kind '" + r.get("key_kind") + "'"));
        LicenseClass cls =
            LicenseClass.ofKey(r.get("class"))
                .orElseThrow(
                    () ->
                        new BadInputException(
                            name, line, "unknown class '" + r.get("class") + "'"));
        String key = r.get("key");
        if (key.isEmpty() != (kind == KeyKind.NONE)) {
          throw new BadInputException(
              name, line, "key must be empty exactly when key_kind is none");
        }
        String source = r.get("source").strip();
        if (source.isEmpty()) {
          throw new BadInputException(name, line, "empty source for " + hub);
        }
        if (rows.putIfAbsent(hub, new LicenseRow(hub, key, kind, cls, source)) != null) {
          throw new BadInputException(name, line, "duplicate hub_license " + hub);
        }
      }
    }
    return rows;
  }

  private static List<LinkHint> readHints(Reader in, String name, Map<String, LicenseRow> rows)
      throws IOException {
    List<LinkHint> hints = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(in)) {
      checkHeader(parser, HINT_HEADER, name);
      for (CSVRecord r : parser) {
        long line = line(r, HINT_HEADER, name);
        String contains = r.get("link_contains");
        if (contains.isEmpty() || !contains.equals(LinkHint.compact(contains))) {
          throw new BadInputException(
              name, line, "link_contains '" + contains + "' must be lower-case letters and digits");
        }
        String hub = r.get("hub_license");
        if (!rows.containsKey(hub)) {
          throw new BadInputException(name, line, "hub_license " + hub + " is not in " + LICENSES);
        }
        if (r.get("source").isBlank()) {
          throw new BadInputException(name, line, "empty source for " + contains);
        }
        hints.add(new LinkHint(contains, hub, r.get("source").strip()));
      }
    }
    return List.copyOf(hints);
  }

  private static void checkHeader(CSVParser parser, List<String> expected, String name) {
    if (!parser.getHeaderNames().equals(expected)) {
      throw new BadInputException(
          name,
          1,
          "header must be "
              + String.join(",", expected)
              + " but is "
              + String.join(",", parser.getHeaderNames()));
    }
  }

  /**
   * The 1-based line of a record (the header is line 1; fields hold no line breaks), after checking
   * its width.
   */
  private static long line(CSVRecord r, List<String> header, String name) {
    long line = r.getRecordNumber() + 1;
    if (r.size() != header.size()) {
      throw new BadInputException(
          name, line, "expected " + header.size() + " fields, found " + r.size());
    }
    return line;
  }

  private static Reader resource(String path) {
    InputStream in = LicenseTable.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
