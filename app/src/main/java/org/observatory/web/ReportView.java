package org.observatory.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.observatory.report.Indicator;
import org.observatory.report.JsonReport;
import org.observatory.report.Report;

/**
 * A built report with its JSON (exactly {@code report --format json}), built once per snapshot and
 * generation; the JSON is shared and never changed.
 */
record ReportView(Report report, ObjectNode json) {
  static ReportView of(Report report) {
    return new ReportView(report, JsonReport.tree(report));
  }

  /** The indicator of this name, or 404 naming those there are. */
  Indicator indicator(String name) {
    return report.indicators().stream()
        .filter(i -> i.spec().name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no indicator "
                        + name
                        + "; the report has "
                        + report.indicators().stream().map(i -> i.spec().name()).toList()));
  }

  /** The JSON rows of one indicator, as {@code report --format json} writes them. */
  JsonNode rows(String name) {
    return json.get(name);
  }

  /** The {@code meta} entry of one indicator. */
  JsonNode meta(String name) {
    return json.path("meta").path(name);
  }
}
