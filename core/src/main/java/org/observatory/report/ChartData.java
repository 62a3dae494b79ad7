package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one chart shows, computed once from an indicator's rows and drawn by both the HTML report
 * (inline SVG, {@link Charts}) and the dashboard (ECharts, from the API): the kind, the unit of its
 * values, the categories (bar labels, largest first, or time points, oldest first), the series with
 * their palette colours, error bars where the rows carry {@code <value>_low} / {@code _high}, and
 * in words which rows it shows when it cannot show all.
 *
 * @param kind {@code bar}, {@code stacked_bar}, {@code line} or {@code stacked_area}
 * @param categories bar labels top to bottom, or the time axis left to right
 * @param legend the colours the chart uses and what they stand for
 * @param rowsCharted the rows the chart draws
 * @param rowsTotal the rows it was given
 * @param shows which rows it shows, in words (for its caption)
 * @param breaks where a line over time must not join a point to the one before it: the rows of the
 *     later point say {@code comparable: false} (another sample, {@link SeriesComparability})
 */
public record ChartData(
    String kind,
    Unit unit,
    String valueColumn,
    String axisColumn,
    List<String> categories,
    List<Series> series,
    List<LegendEntry> legend,
    int rowsCharted,
    int rowsTotal,
    String shows,
    List<Break> breaks) {
  /** The most bars a bar chart draws. */
  public static final int MAX_BARS = 15;

  /** The most series (lines, areas, segments) a chart draws; the rest are named in its caption. */
  public static final int MAX_SERIES = 8;

  private static final Pattern TIME = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public ChartData {
    requireNonNull(kind, "kind");
    requireNonNull(unit, "unit");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    legend = List.copyOf(legend);
    breaks = List.copyOf(breaks);
  }

  /**
   * One series: a value per category (null where there is none), a colour per value for bars
   * coloured by their row's origin (else null), and error bars (null where absent).
   */
  public record Series(
      String name,
      String color,
      List<Double> values,
      List<String> colors,
      List<Double> low,
      List<Double> high) {
    public Series {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
      colors = colors == null ? null : List.copyOf(colors);
      low = low == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(low));
      high = high == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(high));
    }

    /** Whether any value has an error bar. */
    public boolean hasErrorBars() {
      return low != null && low.stream().anyMatch(java.util.Objects::nonNull);
    }
  }

  /**
   * Two neighbouring time points no line may join, and why: the rows at {@code to} are not
   * comparable with those at {@code from} ({@code comparable_reason}).
   */
  public record Break(String from, String to, String reason) {
    public Break {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(reason, "reason");
    }
  }

  /** A colour of the chart and what it stands for (an origin, a class, a series). */
  public record LegendEntry(String name, String color) {}

  /**
   * How to draw rows: the kind, the columns labelling bars (joined with " · "), the value
   * column(s), a {@code field=value} filter, the time column and the series column.
   */
  public record Layout(
      String kind,
      List<String> labelColumns,
      List<String> values,
      String filter,
      String x,
      String seriesColumn,
      String sort) {
    public Layout {
      labelColumns = List.copyOf(labelColumns);
      values = List.copyOf(values);
    }

    /** The layout the catalog gives an indicator. */
    public static Layout of(IndicatorSpec s) {
      return new Layout(
          s.chart(),
          s.chartLabelColumns(),
          s.chartValues(),
          s.chartFilter(),
          s.chartX(),
          s.chartSeries(),
          s.chartSort());
    }

    /** The same layout without its row filter (when a reader filters that column herself). */
    public Layout unfiltered() {
      return new Layout(kind, labelColumns, values, null, x, seriesColumn, sort);
    }

    /**
     * Indicator 1 over every stored snapshot ({@code series.downloads_by_origin} of the JSON
     * report): a line per origin of its share of that snapshot's own downloads. Shares, not
     * downloads: each snapshot is its own 30-day window.
     */
    public static final Layout SERIES =
        new Layout("line", List.of("origin"), List.of("share"), null, "snapshot", "origin", null);

    /** The column of the catalog's row filter, or null. */
    public String filterColumn() {
      return filter == null || filter.isBlank() ? null : filter.split("=", 2)[0];
    }
  }

  /** The chart of an indicator's rows as the catalog lays it out; null when it has none. */
  public static ChartData of(IndicatorSpec spec, List<Map<String, Object>> rows) {
    return of(Layout.of(spec), rows);
  }

  /** The chart of some rows; null when the layout charts nothing ({@code none}, no value). */
  public static ChartData of(Layout layout, List<Map<String, Object>> rows) {
    if (layout.kind().equals("none") || layout.values().isEmpty()) {
      return null;
    }
    List<Map<String, Object>> kept = Charts.rows(rows, layout.filter());
    return switch (layout.kind()) {
      case "line", "stacked_area" -> overTime(layout, kept, rows.size());
      case "stacked_bar" -> stacked(layout, kept, rows.size());
      default -> bars(layout, kept, rows.size());
    };
  }

  /**
   * Whether a line joins the time point {@code i} to the one before it: not across a {@link Break}.
   */
  public boolean joined(int i) {
    return i > 0 && breaks.stream().noneMatch(b -> b.to().equals(categories.get(i)));
  }

  /** Whether the chart draws nothing. */
  public boolean isEmpty() {
    return categories.isEmpty();
  }

  /** What the chart is, in one line, for screen readers and the figure's title. */
  public String describe() {
    String what =
        switch (kind) {
          case "line" -> "Line chart";
          case "stacked_area" -> "Stacked area chart";
          case "stacked_bar" -> "Stacked bar chart";
          default -> "Bar chart";
        };
    return what
        + " of "
        + valueColumn.replace('+', ',').replace('_', ' ')
        + " ("
        + unit.label()
        + ") by "
        + axisColumn.replace('_', ' ')
        + ": "
        + shows;
  }

  private static ChartData bars(Layout l, List<Map<String, Object>> kept, int total) {
    String value = l.values().get(0);
    String sort = l.sort() == null ? value : l.sort();
    List<Map<String, Object>> numeric =
        kept.stream().filter(r -> r.get(value) instanceof Number).toList();
    List<Map<String, Object>> sorted = new ArrayList<>(numeric);
    sorted.sort(Comparator.comparingDouble((Map<String, Object> r) -> -number(r, sort)));
    List<Map<String, Object>> shown = sorted.subList(0, Math.min(MAX_BARS, sorted.size()));
    Palette p = Palette.bundled();
    String colourColumn = colourColumn(l.labelColumns(), shown);
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    Map<String, String> legend = new LinkedHashMap<>();
    for (Map<String, Object> r : shown) {
      labels.add(Charts.label(r, String.join("+", l.labelColumns())));
      values.add(number(r, value));
      String key = colourColumn == null ? null : String.valueOf(r.get(colourColumn));
      String c = colourColumn == null ? p.fallback() : p.color(colourColumn, key);
      colors.add(c);
      if (key != null && !l.labelColumns().contains(colourColumn)) {
        legend.putIfAbsent(key, c);
      }
      low.add(r.get(value + "_low") instanceof Number n ? n.doubleValue() : null);
      high.add(r.get(value + "_high") instanceof Number n ? n.doubleValue() : null);
    }
    boolean errors = low.stream().anyMatch(java.util.Objects::nonNull);
    Series s =
        new Series(value, p.fallback(), values, colors, errors ? low : null, errors ? high : null);
    String byWhat = sort.replace('_', ' ');
    StringBuilder shows = new StringBuilder();
    if (numeric.size() > shown.size()) {
      shows.append(
          String.format(
              Locale.ROOT,
              "the %d largest of %d rows by %s; the table and the CSV have every row",
              shown.size(),
              numeric.size(),
              byWhat));
    } else {
      shows.append(
          String.format(Locale.ROOT, "all %d rows, largest %s first", shown.size(), byWhat));
    }
    filtered(shows, l, kept.size(), total);
    if (errors) {
      shows.append(
          "; whiskers: from none to all of the unattributed mass given to that origin ("
              + value
              + "_low to "
              + value
              + "_high)");
    }
    return new ChartData(
        "bar",
        Unit.of(value),
        value,
        String.join("+", l.labelColumns()),
        labels,
        List.of(s),
        legend.entrySet().stream().map(e -> new LegendEntry(e.getKey(), e.getValue())).toList(),
        shown.size(),
        total,
        shows.toString(),
        List.of());
  }

  private static ChartData stacked(Layout l, List<Map<String, Object>> kept, int total) {
    String value = l.values().get(0);
    String sort = l.sort() == null ? value : l.sort();
    String label = String.join("+", l.labelColumns());
    List<Map<String, Object>> numeric =
        kept.stream().filter(r -> r.get(value) instanceof Number).toList();
    Map<String, Double> weight = new LinkedHashMap<>();
    numeric.forEach(r -> weight.merge(Charts.label(r, label), number(r, sort), Double::sum));
    List<String> categories =
        weight.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(MAX_BARS)
            .map(Map.Entry::getKey)
            .toList();
    List<String> keys = ranked(numeric, l.seriesColumn(), value);
    List<Series> series = new ArrayList<>();
    Palette p = Palette.bundled();
    for (String key : keys) {
      List<Double> values = new ArrayList<>();
      for (String c : categories) {
        double sum = 0;
        for (Map<String, Object> r : numeric) {
          if (Charts.label(r, label).equals(c)
              && key.equals(String.valueOf(r.get(l.seriesColumn())))) {
            sum += number(r, value);
          }
        }
        values.add(sum);
      }
      series.add(new Series(key, p.color(l.seriesColumn(), key), values, null, null, null));
    }
    StringBuilder shows = new StringBuilder();
    shows.append(
        weight.size() > categories.size()
            ? String.format(
                Locale.ROOT,
                "the %d %ss with the largest %s of %d; the table and the CSV have every row",
                categories.size(),
                label.replace('_', ' '),
                sort.replace('_', ' '),
                weight.size())
            : String.format(
                Locale.ROOT,
                "all %d %ss, largest %s first",
                categories.size(),
                label.replace('_', ' '),
                sort.replace('_', ' ')));
    shows.append("; one segment per ").append(l.seriesColumn().replace('_', ' '));
    filtered(shows, l, kept.size(), total);
    int charted =
        (int) numeric.stream().filter(r -> categories.contains(Charts.label(r, label))).count();
    return new ChartData(
        "stacked_bar",
        Unit.of(value),
        value,
        label,
        categories,
        series,
        series.stream().map(s -> new LegendEntry(s.name(), s.color())).toList(),
        charted,
        total,
        shows.toString(),
        List.of());
  }

  private static ChartData overTime(Layout l, List<Map<String, Object>> kept, int total) {
    String x = l.x();
    Set<String> points = new java.util.TreeSet<>();
    List<String> elsewhere = new ArrayList<>();
    for (Map<String, Object> r : kept) {
      String v = r.get(x) == null ? "null" : String.valueOf(r.get(x));
      if (TIME.matcher(v).matches()) {
        points.add(v);
      } else if (!elsewhere.contains(v)) {
        elsewhere.add(v);
      }
    }
    List<String> xs = List.copyOf(points);
    boolean stacked = l.kind().equals("stacked_area");
    Palette p = Palette.bundled();
    List<Series> series = new ArrayList<>();
    int charted = 0;
    String cut = "";
    if (l.seriesColumn() == null) {
      for (String column : l.values()) {
        List<Double> values = new ArrayList<>();
        for (String at : xs) {
          Double sum = null;
          for (Map<String, Object> r : kept) {
            if (at.equals(String.valueOf(r.get(x))) && r.get(column) instanceof Number n) {
              sum = (sum == null ? 0 : sum) + n.doubleValue();
            }
          }
          values.add(sum == null && stacked ? Double.valueOf(0) : sum);
        }
        series.add(
            new Series(column, p.seriesColor(column, series.size()), values, null, null, null));
      }
      charted = (int) kept.stream().filter(r -> points.contains(String.valueOf(r.get(x)))).count();
    } else {
      String value = l.values().get(0);
      String column = l.seriesColumn();
      List<String> keys = ranked(kept, column, value);
      List<String> drawn = keys.subList(0, Math.min(MAX_SERIES, keys.size()));
      List<String> rest = keys.subList(drawn.size(), keys.size());
      for (String key : drawn) {
        series.add(
            new Series(
                key,
                p.color(column, key),
                sums(kept, x, xs, column, Set.of(key), value, stacked),
                null,
                null,
                null));
      }
      if (stacked && !rest.isEmpty()) {
        series.add(
            new Series(
                "other (" + rest.size() + ")",
                p.color("origin", "OTHER"),
                sums(kept, x, xs, column, Set.copyOf(rest), value, true),
                null,
                null,
                null));
      }
      for (Map<String, Object> r : kept) {
        if (points.contains(String.valueOf(r.get(x)))
            && (stacked || drawn.contains(String.valueOf(r.get(column))))) {
          charted++;
        }
      }
      if (!rest.isEmpty()) {
        cut =
            String.format(
                Locale.ROOT,
                "; %s for the %d %ss with the largest totals of %d%s",
                stacked ? "areas" : "lines",
                drawn.size(),
                column.replace('_', ' '),
                keys.size(),
                stacked ? ", the others summed" : " (the table has all)");
      }
    }
    StringBuilder shows = new StringBuilder();
    shows.append(
        xs.isEmpty()
            ? "no dated rows"
            : String.format(
                Locale.ROOT,
                "every %s from %s to %s (%d points)",
                x.replace('_', ' '),
                xs.get(0),
                xs.get(xs.size() - 1),
                xs.size()));
    shows.append(cut);
    if (!elsewhere.isEmpty()) {
      shows
          .append("; rows with ")
          .append(x.replace('_', ' '))
          .append(" ")
          .append(elsewhere.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")))
          .append(" are in the table only");
    }
    List<Break> breaks = l.kind().equals("line") ? breaks(kept, x, xs) : List.of();
    for (Break b : breaks) {
      shows.append(
          String.format(
              Locale.ROOT,
              "; no line joins %s and %s: %s was %s",
              b.from(),
              b.to(),
              b.to(),
              b.reason()));
    }
    filtered(shows, l, kept.size(), total);
    return new ChartData(
        l.kind(),
        Unit.of(l.values().get(0)),
        String.join("+", l.values()),
        x,
        xs,
        series,
        series.stream().map(s -> new LegendEntry(s.name(), s.color())).toList(),
        charted,
        total,
        shows.toString(),
        breaks);
  }

  /**
   * The time points whose rows say {@code comparable: false} (SeriesComparability), each with the
   * point before it and the rows' {@code comparable_reason}; none when the rows carry no flags.
   */
  private static List<Break> breaks(List<Map<String, Object>> rows, String x, List<String> xs) {
    List<Break> out = new ArrayList<>();
    for (int i = 1; i < xs.size(); i++) {
      for (Map<String, Object> r : rows) {
        if (xs.get(i).equals(String.valueOf(r.get(x)))
            && Boolean.FALSE.equals(r.get("comparable"))) {
          out.add(new Break(xs.get(i - 1), xs.get(i), reason(r)));
          break;
        }
      }
    }
    return out;
  }

  private static String reason(Map<String, Object> row) {
    Object r = row.get("comparable_reason");
    return r == null ? "not comparable with the snapshot before it" : r.toString();
  }

  /** The sums of {@code value} per time point over rows whose series key is in {@code keys}. */
  private static List<Double> sums(
      List<Map<String, Object>> rows,
      String x,
      List<String> xs,
      String column,
      Set<String> keys,
      String value,
      boolean zeroWhenAbsent) {
    Map<String, Double> at = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      if (keys.contains(String.valueOf(r.get(column))) && r.get(value) instanceof Number n) {
        at.merge(String.valueOf(r.get(x)), n.doubleValue(), Double::sum);
      }
    }
    List<Double> out = new ArrayList<>();
    for (String point : xs) {
      Double v = at.get(point);
      out.add(v == null && zeroWhenAbsent ? Double.valueOf(0) : v);
    }
    return out;
  }

  /** The distinct values of {@code column}, largest total of {@code value} first. */
  private static List<String> ranked(List<Map<String, Object>> rows, String column, String value) {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      totals.merge(String.valueOf(r.get(column)), Math.abs(number(r, value)), Double::sum);
    }
    return totals.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void filtered(StringBuilder shows, Layout l, int kept, int total) {
    if (l.filterColumn() != null && kept < total) {
      shows.append(
          String.format(
              Locale.ROOT,
              "; only rows with %s (%d of %d)",
              l.filter().replace("=", " = "),
              kept,
              total));
    }
  }

  /**
   * The column whose palette colours the bars: the first label column the palette knows, else an
   * {@code origin} column of the rows (a family's bar takes its origin's colour), else none.
   */
  private static String colourColumn(List<String> labelColumns, List<Map<String, Object>> rows) {
    Palette p = Palette.bundled();
    for (String c : labelColumns) {
      if (p.colours(c)) {
        return c;
      }
    }
    return !rows.isEmpty() && rows.get(0).containsKey("origin") ? "origin" : null;
  }

  private static double number(Map<String, Object> row, String column) {
    return row.get(column) instanceof Number n ? n.doubleValue() : 0;
  }
}
