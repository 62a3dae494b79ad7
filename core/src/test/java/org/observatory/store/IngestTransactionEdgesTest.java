package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.model.HubId;
import org.observatory.model.ParentEdge;
import org.observatory.model.Relation;

/**
 * A typed relation replaces an 'unspecified' one for the same (child, parent), within one ingest or
 * across.
 */
class IngestTransactionEdgesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  private static ParentEdge edge(String child, String parent, Relation relation) {
    return new ParentEdge(new HubId(child), new HubId(parent), relation, "tag");
  }

  private static void ingest(Store store, ParentEdge... edges) {
    try (IngestTransaction tx = store.beginIngest()) {
      StageRows rows = new StageRows();
      for (ParentEdge e : edges) {
        rows.edge(e);
      }
      try (StagingFile file = tx.stage(DAY, "edges.jsonl")) {
        file.write(rows);
        file.load();
      }
      tx.commit();
    }
  }

  private static List<Object> edges(Store store) {
    return store.query("test_edges_of_snapshot", DAY).stream().map(row -> row.get("edge")).toList();
  }

  @Test
  void withinOneIngestTheTypedEdgeWinsAndOtherUnspecifiedEdgesStay() {
    try (Store store = Store.inMemory()) {
      ingest(
          store,
          edge("a/x", "b/p", Relation.UNSPECIFIED),
          edge("a/x", "b/p", Relation.FINETUNE),
          edge("a/x", "b/q", Relation.UNSPECIFIED),
          edge("a/y", "b/p", Relation.UNSPECIFIED));

      assertThat(edges(store))
          .containsExactly(
              "a/x -> b/p (finetune)", "a/x -> b/q (unspecified)", "a/y -> b/p (unspecified)");
    }
  }

  @Test
  void aTypedEdgeIngestedLaterReplacesAStoredUnspecifiedOne() {
    try (Store store = Store.inMemory()) {
      ingest(
          store,
          edge("a/x", "b/p", Relation.UNSPECIFIED),
          edge("a/y", "b/p", Relation.UNSPECIFIED));
      ingest(store, edge("a/x", "b/p", Relation.ADAPTER));

      assertThat(edges(store)).containsExactly("a/x -> b/p (adapter)", "a/y -> b/p (unspecified)");
      assertThat(store.snapshots().get(0).edges()).isEqualTo(2);
    }
  }

  @Test
  void anUnspecifiedEdgeIngestedLaterDoesNotReplaceAStoredTypedOne() {
    try (Store store = Store.inMemory()) {
      ingest(store, edge("a/x", "b/p", Relation.QUANTIZED));
      ingest(store, edge("a/x", "b/p", Relation.UNSPECIFIED));

      assertThat(edges(store)).containsExactly("a/x -> b/p (quantized)");
    }
  }
}
