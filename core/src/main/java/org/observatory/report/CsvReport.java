package org.observatory.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV: one indicator as a plain table, or every indicator in one long (tidy) table
 * with columns {@code snapshot, indicator, row, field, value}.
 */
public final class CsvReport {
  private CsvReport() {}

  /** One indicator's rows, with a header of its columns. */
  public static void writeIndicator(Indicator indicator, Writer out) {
    writeRows(indicator.rows(), out);
  }

  /**
   * Rows of one shape (a series, a lineage subtree) as a table with a header of the first row's
   * columns, values written as in {@link #writeIndicator}.
   */
  public static void writeRows(List<Map<String, Object>> rows, Writer out) {
    List<String> header = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
    try (CSVPrinter p =
        CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      for (Map<String, Object> row : rows) {
        p.printRecord(header.stream().map(h -> Values.plain(row.get(h))).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }

  /** Every indicator, long format. */
  public static void writeAll(Report r, Writer out) {
    try (CSVPrinter p =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("snapshot", "indicator", "row", "field", "value")
            .get()
            .print(out)) {
      for (Indicator i : r.indicators()) {
        int n = 0;
        for (Map<String, Object> row : i.rows()) {
          n++;
          for (Map.Entry<String, Object> e : row.entrySet()) {
            p.printRecord(r.date(), i.spec().name(), n, e.getKey(), Values.plain(e.getValue()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }
}
