package org.observatory.lineage;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.observatory.store.RowAppender;
import org.observatory.store.Store;

/**
 * Resolves the lineage of one stored snapshot and loads it beside the snapshot for the indicator
 * SQL. The snapshot's nodes are numbered in id order in SQL ({@code lineage_nodes(idx, id, author,
 * has_record)}); the graph is read, walked and written back as numbers only: the roots of the
 * derivatives ({@code lineage_derived}), every other node being its own root. Views give {@code
 * lineage_roots(node, root, weight, depth)} and {@code lineage(id, author, has_record, root,
 * root_author, weight, depth)} — one row per node and root, weight 1/k for k roots — and the table
 * {@code lineage_issues(kind, child, parent)} lists self-edges and broken cycles.
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
    store.execute("lineage_nodes", date);
    long nodes = ((Number) store.query("lineage_node_count").get(0).get("nodes")).longValue();
    LineageGraph.Builder builder = new LineageGraph.Builder(Math.toIntExact(nodes));
    store.stream(
        "lineage_edges", row -> builder.edge((int) row.getLong(1), (int) row.getLong(2)), date);
    LineageGraph graph = builder.build();
    stepDone.accept(Step.READ);
    Lineage lineage = graph.resolve();
    stepDone.accept(Step.RESOLVE);
    store.loadTemp(
        "lineage_root_table", "lineage_derived", rows -> writeDerivedRoots(lineage, rows));
    store.loadTemp(
        "lineage_issue_table",
        "lineage_issue_nodes",
        rows -> {
          for (int[] e : lineage.selfEdgeNodes()) {
            rows.add("self-edge").add(e[0]).add(e[1]).endRow();
          }
          for (int[] e : lineage.brokenCycleNodes()) {
            rows.add("cycle-broken").add(e[0]).add(e[1]).endRow();
          }
        });
    store.execute("lineage_tables");
    stepDone.accept(Step.WRITE);
    return lineage;
  }

  /** The roots of every node that has a parent; a node without one is its own root (in SQL). */
  private static void writeDerivedRoots(Lineage lineage, RowAppender rows) {
    for (int node = 0; node < lineage.size(); node++) {
      if (lineage.depth(node) == 0) {
        continue;
      }
      int k = lineage.rootCount(node);
      for (int i = 0; i < k; i++) {
        rows.add(node).add(lineage.root(node, i)).add(1.0 / k).add(lineage.depth(node)).endRow();
      }
    }
  }
}
