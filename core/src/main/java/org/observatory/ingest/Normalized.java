package org.observatory.ingest;

import java.util.List;
import org.observatory.model.ModelRecord;
import org.observatory.model.ParentEdge;

/**
 * A source record made usable: the model record, every lineage edge it gives (its own tags and
 * card, and the children a model tree lists under it), and the values that had to be dropped.
 * {@code skipped} is set, and the record null, when nothing usable remains.
 */
record Normalized(
    ModelRecord record, List<ParentEdge> edges, List<String> cleaned, String skipped) {
  Normalized {
    edges = List.copyOf(edges);
    cleaned = List.copyOf(cleaned);
  }

  static Normalized skip(String reason) {
    return new Normalized(null, List.of(), List.of(), reason);
  }
}
