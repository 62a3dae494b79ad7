package org.observatory.report;

import static java.util.Objects.requireNonNull;

/**
 * One indicator as the report defines it (from {@code report/indicators.yaml}).
 *
 * @param name the JSON key, e.g. {@code downloads_by_origin}
 * @param number the indicator's number in DESIGN.md (several tables may share one)
 * @param sql the query under {@code sql/<engine>/}
 * @param limit the row limit the query takes as its one parameter, or 0 when it takes none
 * @param window the time window, with {@code {date}} for the snapshot date
 * @param chartLabel the column whose values label the bars of its chart; {@code a+b} joins two
 * @param chartValue the column the bars measure
 * @param chartFilter {@code field=value} choosing the rows charted, or null for all
 * @param scope the scope line with {@code {column}} placeholders filled from the one row of {@code
 *     scopeSql} and {@code {snapshot}} from the snapshot's scope, or null for the snapshot's scope
 * @param scopeSql the query whose one row fills {@code scope}, or null
 * @param emptyNote what the report says when the indicator has no rows (e.g. its data is not
 *     loaded), or null
 * @param credit the data sources to credit beside the indicator, or null
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
    String scope,
    String scopeSql,
    String emptyNote,
    String credit) {
  public IndicatorSpec {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(sql, "sql");
    requireNonNull(definition, "definition");
    requireNonNull(window, "window");
  }

  /**
   * The columns whose values, joined with " · ", label a bar ({@code chart_label: origin+class}).
   */
  public java.util.List<String> chartLabelColumns() {
    return chartLabel == null ? java.util.List.of() : java.util.List.of(chartLabel.split("\\+"));
  }
}
