package org.observatory.lineage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.observatory.store.RowAppender;
import org.observatory.store.Store;

/**
 * Resolves the lineage of one stored snapshot and loads it beside the snapshot for the indicator
 * SQL. SQL numbers the ends of the snapshot's edges in id order ({@code lineage_graph}) and every
 * node ({@code lineage_nodes(idx, id, author, has_record)}; models without any edge come after the
 * graph's nodes). The graph is read, walked and written back as numbers only: the roots of the
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
    long[] pairs = edgePairs(date);
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        builder.edge((int) (pairs[i] >>> 32), (int) pairs[i]);
      }
    }
    LineageGraph graph = builder.build();
    stepDone.accept(Step.READ);
    Lineage lineage = graph.resolve();
    stepDone.accept(Step.RESOLVE);
    store.loadTemp(
        "lineage_root_table", "lineage_derived_lists", rows -> writeDerivedRoots(lineage, rows));
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

  /**
   * The snapshot's (child, parent) pairs of node numbers, each packed in one long (child in the
   * high half) and sorted, so by child and then parent: sorting here is cheaper than in SQL. A pair
   * with several relations comes once per relation.
   */
  private long[] edgePairs(LocalDate date) {
    long[][] pairs = {new long[1 << 16]};
    int[] n = {0};
    store.stream(
        "lineage_edges",
        row -> {
          if (n[0] == pairs[0].length) {
            pairs[0] = Arrays.copyOf(pairs[0], n[0] * 2);
          }
          pairs[0][n[0]++] = row.getLong(1) << 32 | row.getLong(2);
        },
        date);
    long[] sorted = Arrays.copyOf(pairs[0], n[0]);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Rows per appended list: the derived roots go to DuckDB as a few rows of long lists. */
  private static final int LIST_ROWS = 1 << 16;

  /**
   * The roots of every node that has a parent, as rows of four lists (node, root, weight, depth)
   * that SQL unnests; a node without a parent is its own root (in SQL).
   */
  private static void writeDerivedRoots(Lineage lineage, RowAppender rows) {
    int count = 0;
    for (int node = 0; node < lineage.size(); node++) {
      if (lineage.depth(node) > 0) {
        count += lineage.rootCount(node);
      }
    }
    long[] nodes = new long[count];
    long[] roots = new long[count];
    double[] weights = new double[count];
    long[] depths = new long[count];
    int r = 0;
    for (int node = 0; node < lineage.size(); node++) {
      if (lineage.depth(node) == 0) {
        continue;
      }
      int k = lineage.rootCount(node);
      for (int i = 0; i < k; i++) {
        nodes[r] = node;
        roots[r] = lineage.root(node, i);
        weights[r] = 1.0 / k;
        depths[r] = lineage.depth(node);
        r++;
      }
    }
    for (int from = 0; from < count; from += LIST_ROWS) {
      int to = Math.min(count, from + LIST_ROWS);
      rows.add(Arrays.copyOfRange(nodes, from, to))
          .add(Arrays.copyOfRange(roots, from, to))
          .add(Arrays.copyOfRange(weights, from, to))
          .add(Arrays.copyOfRange(depths, from, to))
          .endRow();
    }
  }
}
