package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One indicator as the report defines it (from {@code report/indicators.yaml}).
 *
 * @param name the JSON key, e.g. {@code downloads_by_origin}
 * @param number the indicator's number in DESIGN.md (several tables may share one)
 * @param sql the query, e.g. {@code indicators/downloads_by_origin} ({@code sql/indicators/}, read
 *     by every engine; an engine folder may override it)
 * @param limit the row limit the query takes as its one parameter, or 0 when it takes none
 * @param window the time window, with {@code {date}} for the snapshot date (usage indicators: the
 *     placeholders of {@link org.observatory.usage.UsageScope#placeholders})
 * @param chartLabel the column whose values label the bars of its chart; {@code a+b} joins two
 * @param chartValue the column the bars measure
 * @param chartFilter {@code field=value} choosing the rows charted, or null for all
 * @param data what the indicator rests on: {@code snapshot} (the default) or {@code usage} (the
 *     usage data loaded, every week of it, whatever the snapshot)
 * @param scope the scope line with placeholders (usage indicators: those of UsageScope; others:
 *     {@code {column}} filled from the one row of {@code scopeSql} and {@code {snapshot}} from the
 *     snapshot's scope), or null for the snapshot's scope
 * @param scopeSql the query whose one row fills {@code scope}, or null
 * @param assumptions what the figures assume, with placeholders (e.g. the efficiency range)
 * @param emptyNote what the report says when the indicator has no rows, or null
 * @param credits the data sources to credit beside the figures
 * @param coverage the basis of the attribution coverage of its shares by origin ({@code downloads},
 *     {@code foundation_downloads}, {@code first_party_downloads}, {@code derivatives}, {@code
 *     builders}, {@code tokens}, {@code new_derivatives} or {@code new_models}; {@code
 *     sql/report/coverage.sql}), or null when its rows are not shares by origin
 * @param chart how the chart draws the rows: {@code bar} (the default: horizontal bars, largest
 *     first), {@code stacked_bar} (a bar per {@code chartLabel}, one segment per {@code
 *     chartSeries}), {@code line} or {@code stacked_area} (over {@code chartX}, every point drawn),
 *     or {@code none}
 * @param chartX the time column of a line or area chart (dates, months or years; other values, such
 *     as {@code undated}, stay in the table only)
 * @param chartSeries the column naming the series (lines, areas, bar segments), or null when each
 *     column of {@code chartValue} ({@code a+b}) is a series of its own
 * @param chartSort the column whose sum orders the bars (default: the charted value)
 * @param lineage whether the figures rest on the snapshot's parent edges (roots, derivatives,
 *     families), so that a snapshot without edges says why they are empty or trivial
 */
public record IndicatorSpec(
    String name,
    int number,
    String title,
    String sql,
    int limit,
    String definition,
    String window,
    String chartLabel,
    String chartValue,
    String chartFilter,
    String data,
    String scope,
    String scopeSql,
    List<String> assumptions,
    String emptyNote,
    List<String> credits,
    String chart,
    String chartX,
    String chartSeries,
    String chartSort,
    Boolean lineage,
    String coverage) {
  /** The chart kinds {@code chart} may name. */
  public static final List<String> CHARTS =
      List.of("bar", "stacked_bar", "line", "stacked_area", "none");

  public IndicatorSpec {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(sql, "sql");
    requireNonNull(definition, "definition");
    requireNonNull(window, "window");
    data = data == null ? "snapshot" : data;
    if (!data.equals("snapshot") && !data.equals("usage")) {
      throw new IllegalArgumentException(name + ": data must be snapshot or usage, not " + data);
    }
    assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    credits = credits == null ? List.of() : List.copyOf(credits);
    chart = chart == null ? "bar" : chart;
    lineage = Boolean.TRUE.equals(lineage);
    if (!CHARTS.contains(chart)) {
      throw new IllegalArgumentException(
          name + ": chart must be one of " + CHARTS + ", not " + chart);
    }
    if ((chart.equals("line") || chart.equals("stacked_area")) && chartX == null) {
      throw new IllegalArgumentException(name + ": a " + chart + " chart needs chart_x");
    }
    if (chart.equals("stacked_bar") && chartSeries == null) {
      throw new IllegalArgumentException(name + ": a stacked_bar chart needs chart_series");
    }
  }

  /** Whether the indicator rests on the usage data rather than on the snapshot. */
  public boolean usage() {
    return data.equals("usage");
  }

  /**
   * The columns whose values, joined with " · ", label a bar ({@code chart_label: origin+class}).
   */
  public java.util.List<String> chartLabelColumns() {
    return chartLabel == null ? java.util.List.of() : java.util.List.of(chartLabel.split("\\+"));
  }

  /**
   * The columns charted: one, or several ({@code chart_value: cn_share+us_share}), each a series.
   */
  public List<String> chartValues() {
    return chartValue == null ? List.of() : List.of(chartValue.split("\\+"));
  }

  /** Whether the chart runs over time ({@code line} or {@code stacked_area}). */
  public boolean overTime() {
    return chart.equals("line") || chart.equals("stacked_area");
  }
}
