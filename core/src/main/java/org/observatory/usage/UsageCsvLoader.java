package org.observatory.usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.model.CsvTable;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads a usage CSV {@code date,model,tokens[,requests]} (what OpenRouter's daily rankings export
 * gives: the top 50 models of each day and an {@code other} row) into {@code usage_daily}.
 */
public final class UsageCsvLoader implements DatasetLoader {
  static final String TABLE = "usage_daily";

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    String name = file.name();
    List<Row> rows = new ArrayList<>();
    LocalDate newest = null;
    try (BufferedReader in = new BufferedReader(file.reader());
        CSVParser csv = CsvTable.FORMAT.parse(in)) {
      List<String> header = csv.getHeaderNames().stream().map(UsageCsvLoader::lower).toList();
      if (header.size() < 3 || !header.subList(0, 3).equals(List.of("date", "model", "tokens"))) {
        throw new BadInputException(
            name, 1, "the header must start with date,model,tokens (then requests), not " + header);
      }
      boolean requests = header.contains("requests");
      for (CSVRecord r : csv) {
        long line = csv.getCurrentLineNumber();
        Row row = Row.of(r, requests, name, line);
        rows.add(row);
        newest = newest == null || row.day.isAfter(newest) ? row.day : newest;
      }
    } catch (IOException | UncheckedIOException e) {
      throw file.failure(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BadInputException(name, 0, "not a readable usage CSV: " + e.getMessage(), e);
    }
    String source = file.path().getFileName().toString();
    sink.replaceSource(TABLE, source);
    RowAppender out = sink.rows(TABLE);
    for (Row row : rows) {
      out.add(source).add(row.day).add(row.model).add(row.tokens);
      WeeklyRankingLoader.nullable(out, row.requests).endRow();
    }
    return new DatasetResult(rows.size(), rows.size(), 0, newest, List.of());
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private record Row(LocalDate day, String model, long tokens, Long requests) {
    static Row of(CSVRecord r, boolean hasRequests, String file, long line) {
      String where = "record " + r.getRecordNumber();
      if (r.size() < 3) {
        throw new BadInputException(file, line, where + ": expected date,model,tokens");
      }
      String model = r.get(1);
      if (model.isBlank()) {
        throw new BadInputException(file, line, where + ": no model");
      }
      where += " (model '" + model + "')";
      LocalDate day;
      try {
        day = LocalDate.parse(r.get(0).length() > 10 ? r.get(0).substring(0, 10) : r.get(0));
      } catch (DateTimeParseException e) {
        throw new BadInputException(
            file, line, where + ": date '" + r.get(0) + "' is not YYYY-MM-DD");
      }
      String requests = hasRequests && r.size() > 3 ? r.get(3) : "";
      return new Row(
          day,
          model,
          count(r.get(2), "tokens", file, line, where),
          requests.isEmpty() ? null : count(requests, "requests", file, line, where));
    }

    private static long count(String cell, String column, String file, long line, String where) {
      try {
        BigDecimal d = new BigDecimal(cell.replace("_", ""));
        if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0) {
          return d.longValueExact();
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // reported below
      }
      throw new BadInputException(
          file,
          line,
          where + ": " + column + " '" + cell + "' is not a whole number of at least 0");
    }
  }
}
