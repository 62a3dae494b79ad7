package org.observatory.report;

import java.util.List;
import java.util.Map;

/**
 * What the figures rest on: counts (nodes, unattributed authors, unknown licenses, lineage
 * repairs), the top unattributed authors, the lineage issues (self-edges, broken cycles) and the
 * dirt met at ingest.
 */
public record DataQuality(
    List<Map<String, Object>> summary,
    List<Map<String, Object>> unattributed,
    List<Map<String, Object>> lineageIssues,
    List<Map<String, Object>> ingestIssues) {
  public DataQuality {
    summary = List.copyOf(summary);
    unattributed = List.copyOf(unattributed);
    lineageIssues = List.copyOf(lineageIssues);
    ingestIssues = List.copyOf(ingestIssues);
  }
}
