package org.observatory.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as plain-text tables, each with its definition, scope and window, fitted to a width:
 * prose wraps at word boundaries, and a table wider than the width shortens its longest text
 * columns (cut with "…"; numbers are never cut); if it is still too wide, its last columns are left
 * out and named under it ({@code --format csv} or {@code json} has the full text and every column).
 */
public final class TableReport {
  private static final int MAX_ROWS = 25;

  /** The width when none is known (output to a file or a pipe). */
  public static final int DEFAULT_WIDTH = 120;

  /** The narrowest a shortened text column gets. */
  private static final int MIN_COLUMN = 10;

  private TableReport() {}

  public static void write(Report r, PrintWriter out) {
    write(r, out, DEFAULT_WIDTH);
  }

  /** The report fitted to {@code width} characters. */
  public static void write(Report r, PrintWriter out, int width) {
    out.println("Open Model Observatory report: snapshot " + r.date());
    wrap("Scope: " + r.scope(), "", width, out);
    for (Indicator i : r.indicators()) {
      out.println();
      wrap(
          String.format("%d. %s  [%s]", i.spec().number(), i.spec().title(), i.spec().name()),
          "   ",
          width,
          out);
      wrap("   " + i.window() + ". " + i.spec().definition(), "   ", width, out);
      if (i.spec().usage()) {
        wrap("   Scope: " + i.scope(), "   ", width, out);
      }
      i.assumptions().forEach(a -> wrap("   Assumes: " + a, "     ", width, out));
      if (i.note() != null) {
        wrap("   " + i.note(), "   ", width, out);
      }
      if (i.coverage() != null) {
        wrap("   Attribution: " + i.coverage().sentence() + ".", "   ", width, out);
      }
      table(i.rows(), out, width);
    }
    out.println();
    out.println("Data quality");
    table(r.quality().summary(), out, width);
    out.println();
    out.println("Credits:");
    r.credits().forEach(c -> wrap("  " + c, "    ", width, out));
    out.flush();
  }

  /** Prints rows as an aligned table, at most {@value #MAX_ROWS} of them, at most 120 wide. */
  public static void table(List<Map<String, Object>> rows, PrintWriter out) {
    table(rows, out, DEFAULT_WIDTH);
  }

  /** Prints rows as an aligned table, at most {@value #MAX_ROWS} of them, fitted to the width. */
  public static void table(List<Map<String, Object>> rows, PrintWriter out, int width) {
    if (rows.isEmpty()) {
      out.println("   (no rows)");
      return;
    }
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
      cells.add(header.stream().map(h -> Values.human(h, row.get(h))).toList());
    }
    int[] size = new int[header.size()];
    boolean[] text = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      size[c] = header.get(c).length();
      for (List<String> line : cells) {
        size[c] = Math.max(size[c], line.get(c).length());
        text[c] |= !line.get(c).isEmpty() && !Character.isDigit(line.get(c).charAt(0));
      }
    }
    int shown = columnsThatFit(size, text, width - 3);
    fit(size, text, shown, width - 3);
    StringBuilder sb = new StringBuilder("   ");
    for (int c = 0; c < shown; c++) {
      sb.append(String.format("%-" + size[c] + "s  ", cut(header.get(c), size[c])));
    }
    out.println(sb.toString().stripTrailing());
    for (List<String> line : cells) {
      sb.setLength(0);
      sb.append("   ");
      for (int c = 0; c < shown; c++) {
        String cell = cut(line.get(c), size[c]);
        boolean left = c == 0 || !Character.isDigit(cell.isEmpty() ? 'x' : cell.charAt(0));
        sb.append(String.format("%" + (left ? "-" : "") + size[c] + "s  ", cell));
      }
      out.println(sb.toString().stripTrailing());
    }
    if (rows.size() > MAX_ROWS) {
      out.printf(
          "   ... %d more rows (use --format json or csv for all)%n", rows.size() - MAX_ROWS);
    }
    if (shown < header.size()) {
      wrap(
          "   ... not shown at this width: "
              + String.join(", ", header.subList(shown, header.size()))
              + " (use a wider terminal, or --format json or csv for every column)",
          "   ",
          width,
          out);
    }
  }

  /**
   * How many columns, from the first, fit the width with their text columns shortened as far as
   * they may be (at least the first).
   */
  private static int columnsThatFit(int[] size, boolean[] text, int width) {
    int[] least = size.clone();
    for (int c = 0; c < least.length; c++) {
      if (text[c]) {
        least[c] = Math.min(least[c], MIN_COLUMN);
      }
    }
    int n = size.length;
    while (n > 1 && total(least, n) > width) {
      n--;
    }
    return n;
  }

  /**
   * Shrinks the widest text column of the first {@code n}, one character at a time, until they fit.
   */
  private static void fit(int[] size, boolean[] text, int n, int width) {
    while (total(size, n) > width) {
      int widest = -1;
      for (int c = 0; c < n; c++) {
        if (text[c] && size[c] > MIN_COLUMN && (widest < 0 || size[c] > size[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      size[widest]--;
    }
  }

  /** The width of the first {@code n} columns with their gaps. */
  private static int total(int[] size, int n) {
    int t = 0;
    for (int c = 0; c < n; c++) {
      t += size[c] + 2;
    }
    return t;
  }

  private static String cut(String s, int size) {
    return s.length() <= size ? s : s.substring(0, size - 1) + "…";
  }

  /** Prints {@code text} wrapped at word boundaries, continuation lines indented. */
  static void wrap(String text, String indent, int width, PrintWriter out) {
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    StringBuilder line = new StringBuilder(text.substring(0, lead));
    boolean empty = true;
    for (String word : text.substring(lead).split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line.toString().stripTrailing());
  }
}
