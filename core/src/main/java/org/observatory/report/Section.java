package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * An extra part the HTML report shows above the indicators (e.g. the claims), as a table or, with
 * {@code cards}, as one card per row.
 */
public record Section(
    String id, String title, String intro, List<Map<String, Object>> rows, boolean cards) {
  public Section {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    rows = List.copyOf(rows);
  }
}
