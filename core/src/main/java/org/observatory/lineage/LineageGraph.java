package org.observatory.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lineage of one snapshot as a compact in-memory graph: nodes are numbers 0..n-1 in id order
 * (indexes into the sorted id array, when the graph holds the ids), parent edges in compressed rows
 * (CSR). {@link #resolve()} drops self-edges, breaks cycles deterministically, and gives every node
 * its roots (with 1/k attribution for k roots) and its depth (shortest distance to a root).
 */
public final class LineageGraph {
  private final String[] ids;
  private final int size;
  private final int[] parentStart;
  private final int[] parents;

  private LineageGraph(String[] ids, int size, int[] parentStart, int[] parents) {
    this.ids = ids;
    this.size = size;
    this.parentStart = parentStart;
    this.parents = parents;
  }

  /**
   * Collects the nodes (sorted, unique ids, or just their number) and then the edges (sorted by
   * child).
   */
  public static final class Builder {
    private final String[] ids;
    private final int size;
    private int[] child = new int[1024];
    private int[] parent = new int[1024];
    private int edges;
    private String lastChild;
    private int lastChildIndex = -1;

    /**
     * @param sortedIds every node id, sorted ascending in {@link String#compareTo} order, no
     *     duplicates
     */
    public Builder(String[] sortedIds) {
      this.ids = sortedIds;
      this.size = sortedIds.length;
      for (int i = 1; i < ids.length; i++) {
        if (ids[i - 1].compareTo(ids[i]) >= 0) {
          throw new IllegalArgumentException("node ids not sorted and unique at " + ids[i]);
        }
      }
    }

    /**
     * A graph of {@code nodes} nodes known by number only, numbered in id order by the caller (the
     * walk breaks cycles in number order); {@link LineageGraph#id} is then unavailable.
     */
    public Builder(int nodes) {
      if (nodes < 0) {
        throw new IllegalArgumentException("nodes must be >= 0");
      }
      this.ids = null;
      this.size = nodes;
    }

    /** Adds one edge; both ids must be nodes. Edges must come sorted by child. */
    public Builder edge(String childId, String parentId) {
      int c = childId.equals(lastChild) ? lastChildIndex : indexOf(childId);
      lastChild = childId;
      lastChildIndex = c;
      return edge(c, indexOf(parentId));
    }

    /** Adds one edge by node numbers. Edges must come sorted by child. */
    public Builder edge(int c, int p) {
      if (c < 0 || c >= size || p < 0 || p >= size) {
        throw new IllegalArgumentException(
            "edge " + c + " -> " + p + " names a node outside 0.." + (size - 1));
      }
      if (edges == child.length) {
        child = Arrays.copyOf(child, edges * 2);
        parent = Arrays.copyOf(parent, edges * 2);
      }
      if (edges > 0 && child[edges - 1] > c) {
        throw new IllegalArgumentException("edges not sorted by child at node " + c);
      }
      child[edges] = c;
      parent[edges] = p;
      edges++;
      return this;
    }

    private int indexOf(String id) {
      if (ids == null) {
        throw new IllegalStateException("this graph's nodes are numbers, not ids");
      }
      int i = Arrays.binarySearch(ids, id);
      if (i < 0) {
        throw new IllegalArgumentException("edge names an id that is not a node: " + id);
      }
      return i;
    }

    public LineageGraph build() {
      int[] start = new int[size + 1];
      for (int e = 0; e < edges; e++) {
        start[child[e] + 1]++;
      }
      for (int i = 0; i < size; i++) {
        start[i + 1] += start[i];
      }
      return new LineageGraph(ids, size, start, Arrays.copyOf(parent, edges));
    }
  }

  public int size() {
    return size;
  }

  /** The id of a node; only for a graph built from ids. */
  public String id(int node) {
    if (ids == null) {
      throw new IllegalStateException("this graph's nodes are numbers, not ids");
    }
    return ids[node];
  }

  /**
   * Walks the graph once (iterative DFS towards parents, in id order) and resolves roots and
   * depths.
   */
  public Lineage resolve() {
    int n = size;
    byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
    int[][] roots = new int[n][];
    int[] depth = new int[n];
    boolean[] dropped = new boolean[parents.length];
    List<int[]> selfEdges = new ArrayList<>();
    List<int[]> brokenCycles = new ArrayList<>();
    int[] stack = new int[16];
    int[] next = new int[16];
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      int top = 0;
      stack[0] = start;
      next[0] = parentStart[start];
      state[start] = 1;
      while (top >= 0) {
        int u = stack[top];
        if (next[top] < parentStart[u + 1]) {
          int e = next[top]++;
          int p = parents[e];
          if (p == u) {
            dropped[e] = true;
            selfEdges.add(new int[] {u, p});
          } else if (state[p] == 1) {
            dropped[e] = true;
            brokenCycles.add(new int[] {u, p});
          } else if (state[p] == 0) {
            top++;
            if (top == stack.length) {
              stack = Arrays.copyOf(stack, top * 2);
              next = Arrays.copyOf(next, top * 2);
            }
            stack[top] = p;
            next[top] = parentStart[p];
            state[p] = 1;
          }
        } else {
          finish(u, roots, depth, dropped);
          state[u] = 2;
          top--;
        }
      }
    }
    return new Lineage(this, roots, depth, selfEdges, brokenCycles);
  }

  /**
   * All parents of {@code u} are done: its roots are the union of theirs, its depth one more than
   * the least.
   */
  private void finish(int u, int[][] roots, int[] depth, boolean[] dropped) {
    int[] single = null;
    int[] merged = null;
    int best = Integer.MAX_VALUE;
    for (int e = parentStart[u]; e < parentStart[u + 1]; e++) {
      if (dropped[e]) {
        continue;
      }
      int p = parents[e];
      best = Math.min(best, depth[p] + 1);
      if (single == null) {
        single = roots[p];
      } else if (merged == null) {
        merged = union(single, roots[p]);
      } else {
        merged = union(merged, roots[p]);
      }
    }
    if (single == null) {
      roots[u] = new int[] {u};
      depth[u] = 0;
    } else {
      roots[u] = merged == null ? single : merged;
      depth[u] = best;
    }
  }

  private static int[] union(int[] a, int[] b) {
    if (a == b || Arrays.equals(a, b)) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int v;
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        v = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[k++] = v;
    }
    return Arrays.copyOf(out, k);
  }
}
