package org.observatory.update;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * What changed from the previous stored snapshot to a new one, by the origin of each model's
 * publisher: models added and removed, and the 30-day (and all-time) downloads of each snapshot
 * side by side. Each 30-day figure is its own snapshot's window: they are compared, never summed.
 *
 * @param before the previous snapshot's date, or null when the new one is the first
 * @param byOrigin rows {origin, models_before, models_after, added, removed, downloads_before,
 *     downloads_after, all_time_before, all_time_after, all_time_models_before,
 *     all_time_models_after}, most 30-day downloads first
 */
public record SnapshotChange(
    LocalDate before, LocalDate after, List<Map<String, Object>> byOrigin) {
  /** The date standing for "no earlier snapshot" in the query (none can be stored that early). */
  private static final LocalDate NONE = LocalDate.of(1, 1, 1);

  public SnapshotChange {
    requireNonNull(after, "after");
    byOrigin = List.copyOf(byOrigin);
  }

  /** The change into the snapshot of {@code after} from the latest one before it. */
  public static SnapshotChange of(Store store, OriginRegistry origins, LocalDate after) {
    LocalDate before =
        store.snapshots().stream()
            .map(SnapshotInfo::date)
            .filter(d -> d.isBefore(after))
            .reduce((a, b) -> b)
            .orElse(null);
    try (DuckDbEngine engine = new DuckDbEngine(store, origins, LicenseClassifier.bundled())) {
      return new SnapshotChange(
          before, after, engine.change(before == null ? NONE : before, after));
    }
  }

  /** The sum of a numeric column over the origins; null when every row is null. */
  public Long total(String column) {
    Long sum = null;
    for (Map<String, Object> r : byOrigin) {
      Object v = r.get(column);
      if (v instanceof Number n) {
        sum = (sum == null ? 0 : sum) + n.longValue();
      }
    }
    return sum;
  }
}
