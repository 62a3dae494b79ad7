package org.observatory.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.observatory.store.Store;

/**
 * Resolves the lineage of one stored snapshot and loads it into the temporary tables the indicator
 * SQL reads: {@code lineage(id, author, has_record, root, root_author, weight, depth)} — one row
 * per node and root, weight 1/k for k roots — and {@code lineage_issues(kind, child, parent)} for
 * self-edges and broken cycles.
 */
public final class LineageLoader {
  private final Store store;

  public LineageLoader(Store store) {
    this.store = store;
  }

  /** The steps of a load, in order; see {@link #load(LocalDate, Consumer)}. */
  public enum Step {
    /** The snapshot's nodes and parent edges read from the store into the graph. */
    READ,
    /** Roots and depths resolved in memory. */
    RESOLVE,
    /** The {@code lineage} and {@code lineage_issues} tables written. */
    WRITE
  }

  /**
   * Resolves the snapshot and loads the {@code lineage} and {@code lineage_issues} tables; returns
   * the lineage.
   */
  public Lineage load(LocalDate date) {
    return load(date, step -> {});
  }

  /**
   * As {@link #load(LocalDate)}, telling {@code stepDone} as each step ends (benchmarks time them).
   */
  public Lineage load(LocalDate date, Consumer<Step> stepDone) {
    List<String> ids = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<Boolean> hasRecord = new ArrayList<>();
    store.stream(
        "lineage_nodes",
        row -> {
          ids.add(row.getString(1));
          authors.add(row.getString(2));
          hasRecord.add(row.getBoolean(3));
        },
        date);
    LineageGraph.Builder builder = new LineageGraph.Builder(ids.toArray(String[]::new));
    ids.clear();
    store.stream("lineage_edges", row -> builder.edge(row.getString(1), row.getString(2)), date);
    LineageGraph graph = builder.build();
    stepDone.accept(Step.READ);
    Lineage lineage = graph.resolve();
    stepDone.accept(Step.RESOLVE);
    store.loadTemp(
        "lineage_tables", "lineage", rows -> writeRoots(lineage, authors, hasRecord, rows));
    store.loadTemp(
        "lineage_issue_table",
        "lineage_issues",
        rows -> {
          for (String[] e : lineage.selfEdges()) {
            rows.add("self-edge").add(e[0]).add(e[1]).endRow();
          }
          for (String[] e : lineage.brokenCycles()) {
            rows.add("cycle-broken").add(e[0]).add(e[1]).endRow();
          }
        });
    stepDone.accept(Step.WRITE);
    return lineage;
  }

  private static void writeRoots(
      Lineage lineage,
      List<String> authors,
      List<Boolean> hasRecord,
      org.observatory.store.RowAppender rows) {
    for (int node = 0; node < lineage.size(); node++) {
      int k = lineage.rootCount(node);
      for (int i = 0; i < k; i++) {
        int root = lineage.root(node, i);
        rows.add(lineage.id(node))
            .add(authors.get(node))
            .add(hasRecord.get(node) ? 1L : 0L)
            .add(lineage.id(root))
            .add(authors.get(root))
            .add(1.0 / k)
            .add((long) lineage.depth(node))
            .endRow();
      }
    }
  }
}
