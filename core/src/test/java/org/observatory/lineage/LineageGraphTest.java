package org.observatory.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageGraphTest {
  /** Builds a graph from "child>parent" pairs; node ids are every id named, sorted. */
  private static Lineage resolve(String... edges) {
    String[] ids =
        Arrays.stream(edges)
            .flatMap(e -> Arrays.stream(e.split(">")))
            .distinct()
            .sorted()
            .toArray(String[]::new);
    LineageGraph.Builder b = new LineageGraph.Builder(ids);
    Arrays.stream(edges).sorted().forEach(e -> b.edge(e.split(">")[0], e.split(">")[1]));
    return b.build().resolve();
  }

  private static int node(Lineage l, String id) {
    for (int i = 0; i < l.size(); i++) {
      if (l.id(i).equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static List<String> roots(Lineage l, String id) {
    return Arrays.stream(l.roots(node(l, id))).mapToObj(l::id).toList();
  }

  @Test
  void aChainHasOneRootAndDepthsCountDown() {
    Lineage l = resolve("q/gguf>f/tune", "f/tune>meta-llama/base");
    assertThat(roots(l, "q/gguf")).containsExactly("meta-llama/base");
    assertThat(l.depth(node(l, "q/gguf"))).isEqualTo(2);
    assertThat(l.depth(node(l, "f/tune"))).isEqualTo(1);
    assertThat(roots(l, "meta-llama/base")).containsExactly("meta-llama/base");
    assertThat(l.depth(node(l, "meta-llama/base"))).isZero();
  }

  @Test
  void aMergeOfTwoFamiliesHasBothRootsAndTheShortestDepth() {
    Lineage l = resolve("m/merge>a/tune", "a/tune>Qwen/base", "m/merge>meta-llama/base");
    assertThat(roots(l, "m/merge")).containsExactly("Qwen/base", "meta-llama/base");
    assertThat(l.depth(node(l, "m/merge"))).isEqualTo(1);
  }

  @Test
  void selfEdgesAreDroppedAndReported() {
    Lineage l = resolve("a/x>a/x", "b/y>a/x");
    assertThat(roots(l, "a/x")).containsExactly("a/x");
    assertThat(roots(l, "b/y")).containsExactly("a/x");
    assertThat(l.selfEdges()).containsExactly(new String[] {"a/x", "a/x"});
  }

  @Test
  void aCycleIsBrokenDeterministicallyAndReported() {
    Lineage l = resolve("a/p>a/q", "a/q>a/r", "a/r>a/p", "z/child>a/r");
    // The id-ordered walk starts at a/p, climbs a/q, a/r, and finds a/r>a/p closes the cycle: that
    // edge goes.
    assertThat(l.brokenCycles()).containsExactly(new String[] {"a/r", "a/p"});
    assertThat(roots(l, "a/p")).containsExactly("a/r");
    assertThat(roots(l, "z/child")).containsExactly("a/r");
    Lineage again = resolve("z/child>a/r", "a/r>a/p", "a/q>a/r", "a/p>a/q");
    assertThat(again.brokenCycles()).containsExactly(new String[] {"a/r", "a/p"});
  }

  @Test
  void unsortedIdsAreRejected() {
    assertThatThrownBy(() -> new LineageGraph.Builder(new String[] {"b", "a"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGraphOfNumberedNodesResolvesAsTheSameGraphOfIds() {
    // 0 = a/base, 1 = b/tune (of 0), 2 = c/loop <-> 3 = d/loop, 3 also a self-edge
    Lineage l =
        new LineageGraph.Builder(4).edge(1, 0).edge(2, 3).edge(3, 2).edge(3, 3).build().resolve();
    assertThat(l.roots(1)).containsExactly(0);
    assertThat(l.depth(1)).isEqualTo(1);
    assertThat(l.brokenCycleNodes()).containsExactly(new int[] {3, 2});
    assertThat(l.selfEdgeNodes()).containsExactly(new int[] {3, 3});
    assertThat(l.roots(2)).containsExactly(3);
    assertThatThrownBy(() -> l.id(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNumberedEdgeOutsideTheNodesIsRefused() {
    LineageGraph.Builder b = new LineageGraph.Builder(2);
    assertThatThrownBy(() -> b.edge(0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside 0..1");
  }
}
