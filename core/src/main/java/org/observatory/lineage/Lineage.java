package org.observatory.lineage;

import java.util.List;

/**
 * Resolved lineage of one snapshot: for every node its roots (sorted node indexes; a root's only
 * root is itself) and its depth, plus the self-edges dropped and the edges removed to break cycles.
 */
public final class Lineage {
  private final LineageGraph graph;
  private final int[][] roots;
  private final int[] depth;
  private final List<String[]> selfEdges;
  private final List<String[]> brokenCycles;

  Lineage(
      LineageGraph graph,
      int[][] roots,
      int[] depth,
      List<String[]> selfEdges,
      List<String[]> brokenCycles) {
    this.graph = graph;
    this.roots = roots;
    this.depth = depth;
    this.selfEdges = List.copyOf(selfEdges);
    this.brokenCycles = List.copyOf(brokenCycles);
  }

  public int size() {
    return graph.size();
  }

  public String id(int node) {
    return graph.id(node);
  }

  public int[] roots(int node) {
    return roots[node].clone();
  }

  public int rootCount(int node) {
    return roots[node].length;
  }

  public int root(int node, int i) {
    return roots[node][i];
  }

  public int depth(int node) {
    return depth[node];
  }

  /** Self-edges dropped, as {child, parent} pairs. */
  public List<String[]> selfEdges() {
    return selfEdges;
  }

  /**
   * Edges removed to break cycles, as {child, parent}: the edge that closed the cycle in the
   * id-ordered walk.
   */
  public List<String[]> brokenCycles() {
    return brokenCycles;
  }
}
