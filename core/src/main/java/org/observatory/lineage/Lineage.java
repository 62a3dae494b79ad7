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
  private final List<int[]> selfEdges;
  private final List<int[]> brokenCycles;

  Lineage(
      LineageGraph graph,
      int[][] roots,
      int[] depth,
      List<int[]> selfEdges,
      List<int[]> brokenCycles) {
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

  /** Self-edges dropped, as {child, parent} ids; only for a graph built from ids. */
  public List<String[]> selfEdges() {
    return ids(selfEdges);
  }

  /**
   * Edges removed to break cycles, as {child, parent} ids: the edge that closed the cycle in the
   * id-ordered walk; only for a graph built from ids.
   */
  public List<String[]> brokenCycles() {
    return ids(brokenCycles);
  }

  /** Self-edges dropped, as {child, parent} node numbers. */
  public List<int[]> selfEdgeNodes() {
    return selfEdges;
  }

  /** Edges removed to break cycles, as {child, parent} node numbers. */
  public List<int[]> brokenCycleNodes() {
    return brokenCycles;
  }

  private List<String[]> ids(List<int[]> edges) {
    return edges.stream().map(e -> new String[] {id(e[0]), id(e[1])}).toList();
  }
}
