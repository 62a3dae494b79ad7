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
    List<String> credits) {
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
}
