package org.observatory.origin;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.model.BadInputException;
import org.observatory.model.CsvTable;

/**
 * Reads an origin registry CSV ({@code author,origin,org_name,kind,source}, in any column order)
 * with Apache Commons CSV, checking every row. An empty origin means the row does not place its
 * author. A bad row is a {@link BadInputException} naming the file and the row's line.
 */
final class RegistryCsv {
  static final List<String> COLUMNS = List.of("author", "origin", "org_name", "kind", "source");

  private RegistryCsv() {}

  static List<Origin> read(Reader in, String file) {
    try (CSVParser parser = CsvTable.FORMAT.parse(in)) {
      checkHeader(parser.getHeaderNames(), file);
      List<Origin> rows = new ArrayList<>();
      Map<String, Long> lineOfKey = new HashMap<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        Origin origin = row(record, file, line);
        Long first = lineOfKey.putIfAbsent(origin.key(), line);
        if (first != null) {
          throw new BadInputException(
              file,
              line,
              "author '"
                  + origin.author()
                  + "' is already on line "
                  + first
                  + " (authors are case-insensitive)");
        }
        rows.add(origin);
      }
      return rows;
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(file, 0, "cannot read the origin registry: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Commons CSV reports a malformed header or an unterminated quote this way
      throw new BadInputException(file, 0, "not a valid origin registry CSV: " + e.getMessage(), e);
    }
  }

  private static void checkHeader(List<String> header, String file) {
    if (header.size() != COLUMNS.size() || !new HashSet<>(header).containsAll(COLUMNS)) {
      throw new BadInputException(
          file,
          1,
          "the header must name the columns " + String.join(",", COLUMNS) + ", not " + header);
    }
  }

  private static Origin row(CSVRecord record, String file, long line) {
    if (!record.isConsistent()) {
      throw new BadInputException(
          file, line, "expected " + COLUMNS.size() + " values, found " + record.size());
    }
    String kindLabel = record.get("kind");
    OrgKind kind =
        OrgKind.parse(kindLabel)
            .orElseThrow(
                () ->
                    new BadInputException(
                        file,
                        line,
                        "unknown kind '"
                            + kindLabel
                            + "' (one of company, lab, university, government, collective,"
                            + " individual)"));
    String origin = record.get("origin");
    if (OriginRegistry.UNATTRIBUTED.equals(origin)) {
      throw new BadInputException(
          file,
          line,
          "origin 'UNATTRIBUTED': leave origin empty for an author the row does not place");
    }
    try {
      return new Origin(
          record.get("author"),
          origin.isEmpty() ? OriginRegistry.UNATTRIBUTED : origin,
          record.get("org_name"),
          kind,
          record.get("source"));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, line, e.getMessage(), e);
    }
  }
}
