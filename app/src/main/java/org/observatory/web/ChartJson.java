package org.observatory.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.observatory.report.ChartData;
import org.observatory.report.IndicatorSpec;
import org.observatory.report.Palette;

/**
 * A chart as the dashboard draws it: {@link ChartData} (computed as for the HTML report, so that
 * both show the same bars, order, colours and caption) as JSON.
 */
final class ChartJson {
  private ChartJson() {}

  /**
   * The chart of an indicator's rows after the reader's filters; the catalog's own row filter is
   * dropped when the reader filters the same column (she chose the rows).
   */
  static ObjectNode of(IndicatorSpec spec, List<Map<String, Object>> rows, RowFilter filter) {
    ChartData.Layout layout = ChartData.Layout.of(spec);
    String column = layout.filterColumn();
    if (column != null && filter.compares(column, rows)) {
      layout = layout.unfiltered();
    }
    return json(ChartData.of(layout, rows));
  }

  /** The chart as JSON; null when there is none. */
  static ObjectNode json(ChartData c) {
    if (c == null) {
      return null;
    }
    ObjectNode o = JsonValues.object();
    o.put("kind", c.kind());
    o.put("unit", c.unit().name().toLowerCase(java.util.Locale.ROOT));
    o.put("unit_label", c.unit().label());
    o.put("value_column", c.valueColumn());
    o.put("axis_column", c.axisColumn());
    o.set("categories", JsonValues.strings(c.categories()));
    ArrayNode series = o.putArray("series");
    for (ChartData.Series s : c.series()) {
      ObjectNode j = series.addObject();
      j.put("name", s.name());
      j.put("color", s.color());
      j.set("values", JsonValues.value(s.values()));
      j.set("colors", s.colors() == null ? null : JsonValues.strings(s.colors()));
      j.set("low", s.low() == null ? null : JsonValues.value(s.low()));
      j.set("high", s.high() == null ? null : JsonValues.value(s.high()));
    }
    ArrayNode legend = o.putArray("legend");
    c.legend().forEach(e -> legend.addObject().put("name", e.name()).put("color", e.color()));
    o.put("rows_charted", c.rowsCharted());
    o.put("rows_total", c.rowsTotal());
    o.put("shows", c.shows());
    o.put("description", c.describe());
    return o;
  }

  /** Every colour of the palette by kind and key (origin, class, relation, weights). */
  static ObjectNode palette() {
    return JsonValues.MAPPER.valueToTree(Palette.bundled().all());
  }
}
