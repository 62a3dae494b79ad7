package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/** An extra table the HTML report shows above the indicators (e.g. the claims scorecard). */
public record Section(String id, String title, String intro, List<Map<String, Object>> rows) {
  public Section {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    rows = List.copyOf(rows);
  }
}
