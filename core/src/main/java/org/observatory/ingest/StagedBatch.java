package org.observatory.ingest;

import java.util.ArrayList;
import java.util.List;
import org.observatory.model.ParentEdge;
import org.observatory.store.StageRows;

/**
 * Consecutive records of one file made usable: what became of each (for the counts, the issues and
 * {@code --max-bad}, judged in file order by the reading thread) and the staged rows of those
 * stored.
 */
record StagedBatch(List<Outcome> outcomes, StageRows rows) {
  StagedBatch {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * What became of one record: stored with {@code edges} edges and the values it lost ({@code
   * cleaned}), or not stored because of {@code problem} (unreadable, or nothing usable in it).
   */
  record Outcome(long line, String problem, List<String> cleaned, int edges) {}

  /** Builds a batch on one thread: normalises each record and stages what is usable. */
  static final class Builder {
    private final RecordNormalizer normalizer;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final StageRows rows = new StageRows();

    Builder(RecordNormalizer normalizer) {
      this.normalizer = normalizer;
    }

    /** Adds a record; {@code seq} orders it among every record of the ingest. */
    void add(SourceRecord r, long seq) {
      if (!r.isReadable()) {
        outcomes.add(new Outcome(r.line(), r.unreadable(), List.of(), 0));
        return;
      }
      Normalized n = normalizer.normalize(r);
      if (n.skipped() != null) {
        outcomes.add(new Outcome(r.line(), n.skipped(), List.of(), 0));
        return;
      }
      rows.model(seq, n.record());
      for (ParentEdge e : n.edges()) {
        rows.edge(e);
      }
      outcomes.add(new Outcome(r.line(), null, n.cleaned(), n.edges().size()));
    }

    int records() {
      return outcomes.size();
    }

    long chars() {
      return rows.chars();
    }

    StagedBatch build() {
      rows.seal();
      return new StagedBatch(outcomes, rows);
    }
  }
}
