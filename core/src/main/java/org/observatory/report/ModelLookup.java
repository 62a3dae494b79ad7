package org.observatory.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.model.HubId;
import org.observatory.store.SnapshotInfo;

/**
 * Questions about one model of a snapshot, each a typed query: its record, edges and roots (for
 * {@link Explainer}), its subtree and an id search (for the dashboard). Rows are column-name maps
 * of plain values. The DuckDB engine answers them.
 */
public interface ModelLookup {
  /** Every snapshot, oldest first. */
  List<SnapshotInfo> snapshots();

  /** The snapshot of {@code date}, or the latest when null (the one resolver). */
  SnapshotInfo snapshot(LocalDate date);

  /** Whether the snapshot knows the node: a record, or an id named by an edge. */
  boolean exists(LocalDate date, HubId id);

  /** The model's record in the snapshot, if it has one. */
  Optional<Map<String, Object>> record(LocalDate date, HubId id);

  /**
   * A source file of the snapshot (a record's {@code source_file}) with its provenance: file,
   * format, sha256, and where and when a fetch got it (source, url, fetched_at, checked_at, etag,
   * last_modified; null when not fetched).
   */
  Optional<Map<String, Object>> source(LocalDate date, String file);

  /** Its parent edges: parent, relation, source. */
  List<Map<String, Object>> parents(LocalDate date, HubId id);

  /** Its children by relation. */
  List<Map<String, Object>> children(LocalDate date, HubId id);

  /** Its roots with weight (1/k) and depth, and each root's author (the lineage resolved). */
  List<Map<String, Object>> roots(LocalDate date, HubId id);

  /**
   * The edges under {@code root} down to {@code depth}, at most {@code rows} of them, of one
   * relation or (null) all.
   */
  List<Map<String, Object>> subtree(
      LocalDate date, HubId root, String relation, int depth, int rows);

  /**
   * Nodes whose id contains {@code text} (case-insensitive): ids that start with it first, then
   * models with a record by downloads.
   */
  List<Map<String, Object>> search(LocalDate date, String text, int limit);
}
