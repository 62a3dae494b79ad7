package org.observatory.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report as plain-text tables, each with its definition, scope and window. */
public final class TableReport {
  private static final int MAX_ROWS = 25;

  private TableReport() {}

  public static void write(Report r, PrintWriter out) {
    out.println("Open Model Observatory report: snapshot " + r.date());
    out.println("Scope: " + r.scope());
    for (Indicator i : r.indicators()) {
      out.println();
      out.printf("%d. %s  [%s]%n", i.spec().number(), i.spec().title(), i.spec().name());
      out.println("   " + i.window() + ". " + i.spec().definition());
      if (i.spec().usage()) {
        out.println("   Scope: " + i.scope());
      }
      i.assumptions().forEach(a -> out.println("   Assumes: " + a));
      if (i.note() != null) {
        out.println("   " + i.note());
      }
      table(i.rows(), out);
    }
    out.println();
    out.println("Data quality");
    table(r.quality().summary(), out);
    out.println();
    out.println("Credits:");
    r.credits().forEach(c -> out.println("  " + c));
    out.flush();
  }

  /** Prints rows as an aligned table, at most {@value #MAX_ROWS} of them. */
  public static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("   (no rows)");
      return;
    }
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
      cells.add(header.stream().map(h -> Values.human(h, row.get(h))).toList());
    }
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> line : cells) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder("   ");
    for (int c = 0; c < header.size(); c++) {
      sb.append(String.format("%-" + width[c] + "s  ", header.get(c)));
    }
    out.println(sb.toString().stripTrailing());
    for (List<String> line : cells) {
      sb.setLength(0);
      sb.append("   ");
      for (int c = 0; c < header.size(); c++) {
        boolean left =
            c == 0 || !Character.isDigit(line.get(c).isEmpty() ? 'x' : line.get(c).charAt(0));
        sb.append(String.format("%" + (left ? "-" : "") + width[c] + "s  ", line.get(c)));
      }
      out.println(sb.toString().stripTrailing());
    }
    if (rows.size() > MAX_ROWS) {
      out.printf(
          "   ... %d more rows (use --format json or csv for all)%n", rows.size() - MAX_ROWS);
    }
  }
}
