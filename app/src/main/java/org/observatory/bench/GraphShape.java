package org.observatory.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.observatory.lineage.Lineage;

/**
 * The shape of a lineage graph, to judge how realistic benchmark data is: how deep it goes, how
 * wide it fans out, how often a node has several roots.
 *
 * @param depthCounts nodes by depth (distance to the nearest root), index = depth
 * @param largestFamily the most descendants any one root has
 */
record GraphShape(
    long nodes,
    long edges,
    long derivatives,
    long multiParent,
    long multiRoot,
    long maxChildren,
    long medianChildren,
    List<Long> depthCounts,
    long largestFamily) {

  GraphShape {
    depthCounts = List.copyOf(depthCounts);
  }

  /**
   * @param lineage the walked graph: the ends of the snapshot's edges
   * @param nodes every node of the snapshot; those not in the graph are roots without descendants
   */
  static GraphShape of(Lineage lineage, long nodes, Map<String, Object> sql) {
    int n = lineage.size();
    int maxDepth = 0;
    for (int node = 0; node < n; node++) {
      maxDepth = Math.max(maxDepth, lineage.depth(node));
    }
    long[] depths = new long[maxDepth + 1];
    depths[0] = nodes - n;
    int[] family = new int[n];
    long multiRoot = 0;
    for (int node = 0; node < n; node++) {
      depths[lineage.depth(node)]++;
      int k = lineage.rootCount(node);
      if (k > 1) {
        multiRoot++;
      }
      for (int i = 0; i < k; i++) {
        int root = lineage.root(node, i);
        if (root != node) {
          family[root]++;
        }
      }
    }
    long largest = 0;
    for (int f : family) {
      largest = Math.max(largest, f);
    }
    return new GraphShape(
        nodes,
        number(sql, "edges"),
        number(sql, "derivatives"),
        number(sql, "multi_parent"),
        multiRoot,
        number(sql, "max_children"),
        number(sql, "median_children"),
        Arrays.stream(depths).boxed().toList(),
        largest);
  }

  private static long number(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** The mean depth over all nodes. */
  double meanDepth() {
    long sum = 0;
    for (int d = 0; d < depthCounts.size(); d++) {
      sum += d * depthCounts.get(d);
    }
    return nodes == 0 ? 0 : (double) sum / nodes;
  }

  int maxDepth() {
    return depthCounts.size() - 1;
  }
}
