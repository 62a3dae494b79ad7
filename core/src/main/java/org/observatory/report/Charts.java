package org.observatory.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG bar charts for the HTML report: no script, no network, readable by any browser. */
final class Charts {
  private static final int MAX_BARS = 15;
  private static final int BAR = 22;

  /** Room for a label of 34 characters (longer ones are shortened) at 12px, wide letters too. */
  private static final int LABEL_WIDTH = 300;

  private static final int PLOT_WIDTH = 420;

  private Charts() {}

  static List<Map<String, Object>> rows(List<Map<String, Object>> rows, String filter) {
    if (filter == null || filter.isBlank()) {
      return rows;
    }
    String[] kv = filter.split("=", 2);
    return rows.stream().filter(r -> kv[1].equals(String.valueOf(r.get(kv[0])))).toList();
  }

  /**
   * A horizontal bar chart of {@code value} by {@code label}; empty when there is nothing to chart.
   */
  static String bars(String id, List<Map<String, Object>> rows, String label, String value) {
    List<Map<String, Object>> shown =
        rows.stream().filter(r -> r.get(value) instanceof Number).limit(MAX_BARS).toList();
    if (shown.isEmpty()) {
      return "";
    }
    double max =
        shown.stream().mapToDouble(r -> ((Number) r.get(value)).doubleValue()).max().orElse(1);
    max = max <= 0 ? 1 : max;
    int height = shown.size() * BAR + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" id=\"chart-%s\" role=\"img\" aria-label=\"%s by %s\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
            id,
            Html.escape(value),
            Html.escape(label),
            LABEL_WIDTH + PLOT_WIDTH + 90,
            height,
            LABEL_WIDTH + PLOT_WIDTH + 90,
            height));
    int y = 5;
    for (Map<String, Object> r : shown) {
      double v = ((Number) r.get(value)).doubleValue();
      int w = (int) Math.max(1, Math.round(v / max * PLOT_WIDTH));
      String name = label(r, label);
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"bar\" data-label=\"%s\" data-value=\"%s\"><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/><text x=\"%d\" y=\"%d\">%s</text></g>",
              Html.escape(name),
              Values.plain(v),
              LABEL_WIDTH - 6,
              y + 15,
              Html.escape(shorten(name)),
              LABEL_WIDTH,
              y + 2,
              w,
              BAR - 6,
              LABEL_WIDTH + w + 4,
              y + 15,
              Html.escape(Values.human(value, r.get(value)))));
      y += BAR;
    }
    return svg.append("</svg>").toString();
  }

  /** The bar label: the values of the {@code +}-joined columns, joined with " · ". */
  static String label(Map<String, Object> row, String columns) {
    return java.util.Arrays.stream(columns.split("\\+"))
        .map(c -> String.valueOf(row.get(c)))
        .collect(java.util.stream.Collectors.joining(" · "));
  }

  private static String shorten(String s) {
    return s.length() > 34 ? s.substring(0, 33) + "…" : s;
  }
}
