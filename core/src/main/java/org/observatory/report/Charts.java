package org.observatory.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inline SVG charts for the HTML report, drawn from {@link ChartData}: no script, no network,
 * readable by any browser. Each scales to the width of its column ({@code viewBox}), so it fits a
 * phone as well as a desktop window. Bars carry {@code data-label} and {@code data-value}, line
 * points {@code data-x} and {@code data-value}, for tests and for readers of the source.
 */
final class Charts {
  /** The width of a chart in SVG units; CSS scales it down on narrow screens. */
  static final int WIDTH = 560;

  private static final int LEFT = 14;
  private static final int VALUE_ROOM = 76;
  private static final int ROW = 34;
  private static final int BAR = 14;
  private static final int AXIS = 24;
  private static final int LINE_HEIGHT = 260;
  private static final int LINE_LEFT = 58;
  private static final int LINE_RIGHT = 14;
  private static final int LINE_TOP = 12;
  private static final int LINE_BOTTOM = 34;
  private static final int BREAK_LABEL = 16;

  /** Room for a bar label on its line above the bar, at 12px. */
  private static final int LABEL_CHARS = 80;

  private Charts() {}

  static List<Map<String, Object>> rows(List<Map<String, Object>> rows, String filter) {
    if (filter == null || filter.isBlank()) {
      return rows;
    }
    String[] kv = filter.split("=", 2);
    return rows.stream().filter(r -> kv[1].equals(String.valueOf(r.get(kv[0])))).toList();
  }

  /** The bar label: the values of the {@code +}-joined columns, joined with " · ". */
  static String label(Map<String, Object> row, String columns) {
    return java.util.Arrays.stream(columns.split("\\+"))
        .map(c -> String.valueOf(row.get(c)))
        .collect(Collectors.joining(" · "));
  }

  /** The chart as an inline SVG element, or an empty string when it draws nothing. */
  static String svg(String id, ChartData c) {
    if (c == null || c.isEmpty()) {
      return "";
    }
    return switch (c.kind()) {
      case "line", "stacked_area" -> overTime(id, c);
      default -> bars(id, c);
    };
  }

  /** The chart's colours and what they stand for, as an HTML list (empty when not needed). */
  static String legend(ChartData c) {
    if (c == null || c.legend().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<ul class=\"legend\">");
    for (ChartData.LegendEntry e : c.legend()) {
      b.append("<li><span class=\"swatch\" style=\"background:")
          .append(e.color())
          .append("\"></span>")
          .append(Html.escape(e.name()))
          .append("</li>");
    }
    return b.append("</ul>").toString();
  }

  private static String open(String id, ChartData c, int height) {
    return String.format(
        Locale.ROOT,
        "<svg class=\"chart %s\" id=\"chart-%s\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\""
            + " preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title>%s</title>",
        c.kind(),
        Html.escape(id),
        Html.escape(c.describe()),
        WIDTH,
        height,
        Html.escape(c.describe()));
  }

  /** Horizontal bars, largest first, each label on its own line above its bar; stacked segments. */
  private static String bars(String id, ChartData c) {
    int n = c.categories().size();
    int height = n * ROW + AXIS + 4;
    double max = 0;
    double min = 0;
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (ChartData.Series s : c.series()) {
        Double v = s.values().get(i);
        double value = v == null ? 0 : v;
        total += c.kind().equals("stacked_bar") ? Math.max(0, value) : 0;
        max = Math.max(max, c.kind().equals("stacked_bar") ? total : value);
        min = Math.min(min, value);
        if (s.high() != null && s.high().get(i) != null) {
          max = Math.max(max, s.high().get(i));
        }
      }
    }
    Scale x = new Scale(min, max, LEFT, WIDTH - VALUE_ROOM);
    StringBuilder svg = new StringBuilder(open(id, c, height));
    grid(svg, x, c.unit(), n * ROW + 2, true);
    for (int i = 0; i < n; i++) {
      String label = c.categories().get(i);
      int top = i * ROW;
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"bar\" data-label=\"%s\" data-value=\"%s\">",
              Html.escape(label),
              c.kind().equals("stacked_bar")
                  ? ""
                  : Values.plain(c.series().get(0).values().get(i))));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"label\" x=\"%d\" y=\"%d\">%s</text>",
              LEFT,
              top + 12,
              Html.escape(shorten(label))));
      double start = x.at(0);
      double end = start;
      for (ChartData.Series s : c.series()) {
        Double v = s.values().get(i);
        if (v == null) {
          continue;
        }
        double from = c.kind().equals("stacked_bar") ? end : x.at(Math.min(0, v));
        double to =
            c.kind().equals("stacked_bar")
                ? x.at(x.value(end) + Math.max(0, v))
                : x.at(Math.max(0, v));
        String color = s.colors() != null ? s.colors().get(i) : s.color();
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s%s</title></rect>",
                from,
                top + 16,
                Math.max(1, to - from),
                BAR,
                color,
                Html.escape(label),
                c.kind().equals("stacked_bar") ? Html.escape(s.name()) + " " : "",
                Html.escape(c.unit().format(v))));
        end = Math.max(end, to);
        if (s.hasErrorBars() && s.low().get(i) != null && s.high().get(i) != null) {
          double lo = x.at(s.low().get(i));
          double hi = x.at(s.high().get(i));
          int mid = top + 16 + BAR / 2;
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<path class=\"whisker\" d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\"><title>%s to %s</title></path>",
                  lo,
                  mid,
                  hi,
                  lo,
                  mid - 5,
                  mid + 5,
                  hi,
                  mid - 5,
                  mid + 5,
                  Html.escape(c.unit().format(s.low().get(i))),
                  Html.escape(c.unit().format(s.high().get(i)))));
          end = Math.max(end, hi);
        }
      }
      if (!c.kind().equals("stacked_bar")) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"value\" x=\"%.1f\" y=\"%d\">%s</text>",
                end + 4,
                top + 27,
                Html.escape(c.unit().format(c.series().get(0).values().get(i)))));
      }
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /** Lines (or stacked areas) over time, every point drawn, the y axis in the values' unit. */
  private static String overTime(String id, ChartData c) {
    boolean stacked = c.kind().equals("stacked_area");
    int n = c.categories().size();
    List<double[]> tops = new ArrayList<>();
    double[] base = new double[n];
    double max = 0;
    double min = 0;
    for (ChartData.Series s : c.series()) {
      double[] top = new double[n];
      for (int i = 0; i < n; i++) {
        Double v = s.values().get(i);
        top[i] = (stacked ? base[i] : 0) + (v == null ? 0 : v);
        max = Math.max(max, top[i]);
        min = Math.min(min, v == null ? 0 : v);
      }
      tops.add(top);
      if (stacked) {
        base = top;
      }
    }
    // room above the plot for the label of a break between two samples
    int plotTop = c.breaks().isEmpty() ? LINE_TOP : LINE_TOP + BREAK_LABEL;
    Scale y = new Scale(min, max, LINE_HEIGHT - LINE_BOTTOM, plotTop);
    double step = n > 1 ? (double) (WIDTH - LINE_LEFT - LINE_RIGHT) / (n - 1) : 0;
    double x0 = n > 1 ? LINE_LEFT : (LINE_LEFT + WIDTH - LINE_RIGHT) / 2.0;
    StringBuilder svg = new StringBuilder(open(id, c, LINE_HEIGHT));
    for (double t : y.ticks()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<path class=\"grid\" d=\"M%d %.1fH%d\"/><text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              LINE_LEFT,
              y.at(t),
              WIDTH - LINE_RIGHT,
              LINE_LEFT - 6,
              y.at(t) + 4,
              Html.escape(c.unit().tick(t))));
    }
    int every = Math.max(1, (int) Math.ceil(n / 5.0));
    for (int i = 0; i < n; i++) {
      if (i % every == 0 || i == n - 1) {
        if (i == n - 1 && i % every != 0 && i % every < every / 2.0) {
          continue;
        }
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                x0 + i * step,
                LINE_HEIGHT - LINE_BOTTOM + 16,
                // the first and last labels grow inwards: a date centred on the edge is cut off
                n > 1 && i == 0 ? "start" : n > 1 && i == n - 1 ? "end" : "middle",
                Html.escape(c.categories().get(i))));
      }
    }
    for (ChartData.Break b : c.breaks()) {
      int i = c.categories().indexOf(b.to());
      double at = x0 + (i - 0.5) * step;
      svg.append(
          String.format(
              Locale.ROOT,
              "<path class=\"break\" d=\"M%.1f %dV%d\"><title>%s was %s</title></path>"
                  + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">new sample</text>",
              at,
              plotTop - 4,
              LINE_HEIGHT - LINE_BOTTOM,
              Html.escape(b.to()),
              Html.escape(b.reason()),
              at,
              plotTop - 8));
    }
    double[] below = new double[n];
    for (int k = 0; k < c.series().size(); k++) {
      ChartData.Series s = c.series().get(k);
      double[] top = tops.get(k);
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"series\" data-name=\"%s\" style=\"color:%s\">",
              Html.escape(s.name()),
              s.color()));
      if (stacked) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
          d.append(
              String.format(
                  Locale.ROOT, "%s%.1f %.1f", i == 0 ? "M" : "L", x0 + i * step, y.at(top[i])));
        }
        for (int i = n - 1; i >= 0; i--) {
          d.append(String.format(Locale.ROOT, "L%.1f %.1f", x0 + i * step, y.at(below[i])));
        }
        svg.append("<path class=\"area\" fill=\"")
            .append(s.color())
            .append("\" d=\"")
            .append(d)
            .append("Z\"/>");
        below = top;
      }
      for (int start = 0; start < n; ) {
        int end = start;
        while (end + 1 < n && joins(c, s, end + 1)) {
          end++;
        }
        if (end > start) {
          svg.append(line(c, s, start, end, x0, step, y, top));
        }
        start = end + 1;
      }
      for (int i = 0; i < n; i++) {
        Double v = s.values().get(i);
        if (v == null) {
          continue;
        }
        boolean alone = !joins(c, s, i) && (i + 1 == n || !joins(c, s, i + 1));
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\" data-x=\"%s\" data-value=\"%s\"><title>%s, %s: %s</title></circle>",
                x0 + i * step,
                y.at(top[i]),
                alone ? "4" : "2.6",
                s.color(),
                Html.escape(c.categories().get(i)),
                Values.plain(v),
                Html.escape(s.name()),
                Html.escape(c.categories().get(i)),
                Html.escape(c.unit().format(v))));
      }
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Whether the series' line reaches point {@code i} from the point before: both have a value and
   * the chart does not break there (another sample).
   */
  private static boolean joins(ChartData c, ChartData.Series s, int i) {
    return i > 0 && s.values().get(i) != null && s.values().get(i - 1) != null && c.joined(i);
  }

  /** One run of joined points as a path, saying which time points it joins. */
  private static String line(
      ChartData c,
      ChartData.Series s,
      int start,
      int end,
      double x0,
      double step,
      Scale y,
      double[] top) {
    StringBuilder d = new StringBuilder();
    for (int i = start; i <= end; i++) {
      d.append(
          String.format(
              Locale.ROOT, "%s%.1f %.1f", i == start ? "M" : "L", x0 + i * step, y.at(top[i])));
    }
    return String.format(
        Locale.ROOT,
        "<path class=\"line\" stroke=\"%s\" data-from=\"%s\" data-to=\"%s\" d=\"%s\"/>",
        s.color(),
        Html.escape(c.categories().get(start)),
        Html.escape(c.categories().get(end)),
        d);
  }

  /** Vertical grid lines with tick labels under the bars. */
  private static void grid(StringBuilder svg, Scale x, Unit unit, int bottom, boolean labels) {
    for (double t : x.ticks()) {
      svg.append(
          String.format(Locale.ROOT, "<path class=\"grid\" d=\"M%.1f 0V%d\"/>", x.at(t), bottom));
      if (labels) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                x.at(t),
                bottom + 16,
                Html.escape(unit.tick(t))));
      }
    }
  }

  private static String shorten(String s) {
    return s.length() > LABEL_CHARS ? s.substring(0, LABEL_CHARS - 1) + "…" : s;
  }

  /** A linear scale from values to SVG units, its top rounded up to a tick. */
  private record Scale(double min, double max, double from, double to) {
    Scale {
      double step = step(min, max);
      max = step * Math.ceil(max / step - 1e-9);
      min = min < 0 ? step * Math.floor(min / step + 1e-9) : 0;
      if (max <= min) {
        max = min + 1;
      }
    }

    double at(double v) {
      return from + (v - min) / (max - min) * (to - from);
    }

    double value(double at) {
      return min + (at - from) / (to - from) * (max - min);
    }

    List<Double> ticks() {
      double step = step(min, max);
      List<Double> out = new ArrayList<>();
      for (double t = min; t <= max + step / 1e6; t += step) {
        out.add(Math.abs(t) < step / 1e6 ? 0 : t);
      }
      return out;
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about four intervals. */
    static double step(double min, double max) {
      double span = max - min;
      if (span <= 0) {
        return 1;
      }
      double raw = span / 4;
      double p = Math.pow(10, Math.floor(Math.log10(raw)));
      double f = raw / p;
      return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }
  }
}
