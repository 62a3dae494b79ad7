package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.lineage.LineageLoader;
import org.observatory.model.HubId;
import org.observatory.model.UsageException;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;

/**
 * Explains one model of a snapshot: record, edges, roots, origin and license class, each with its
 * source. Resolves a snapshot's lineage once and reuses it for the next model of the same snapshot,
 * so one explainer serves one thread (its store's temporary tables are its own).
 */
public final class Explainer {
  private final Store store;
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;

  /** The snapshot whose lineage this explainer loaded into the store, so the next can reuse it. */
  private LocalDate loaded;

  public Explainer(Store store, OriginRegistry origins, LicenseClassifier licenses) {
    this.store = store;
    this.origins = origins;
    this.licenses = licenses;
  }

  /** Where else the model is: "; it is in the snapshot of D: add --snapshot D", or nothing. */
  private String elsewhere(HubId id, LocalDate d) {
    List<LocalDate> in =
        store.snapshots().stream()
            .map(s -> s.date())
            .filter(x -> !x.equals(d))
            .filter(
                x ->
                    Boolean.TRUE.equals(
                        store.query("node_exists", x, id.value()).get(0).get("known")))
            .sorted(java.util.Comparator.reverseOrder())
            .toList();
    if (in.isEmpty()) {
      return "; no stored snapshot has it";
    }
    return "; it is in the snapshot"
        + (in.size() > 1 ? "s" : "")
        + " of "
        + String.join(", ", in.stream().map(LocalDate::toString).toList())
        + ": add --snapshot "
        + in.get(0);
  }

  public Explanation explain(LocalDate date, String rawId) {
    HubId id =
        HubId.parse(rawId).orElseThrow(() -> new UsageException("not a Hub model id: " + rawId));
    LocalDate d = date != null ? date : latest();
    if (!d.equals(loaded)) {
      new LineageLoader(store).load(d);
      loaded = d;
    }
    List<Map<String, Object>> roots = store.query("explain_roots", id.value());
    if (roots.isEmpty()) {
      throw new UsageException(
          "no model "
              + id
              + " in the snapshot of "
              + d
              + (date == null ? " (the latest)" : "")
              + elsewhere(id, d));
    }
    List<Map<String, Object>> records = store.query("model_record", d, id.value());
    Map<String, Object> record = records.isEmpty() ? null : records.get(0);
    String author =
        record != null && record.get("author") != null
            ? (String) record.get("author")
            : id.owner().orElse(null);
    List<Optional<Origin>> rootOrigins = new ArrayList<>();
    for (Map<String, Object> r : roots) {
      rootOrigins.add(origin((String) r.get("root_author")));
    }
    LicenseVerdict license =
        record == null
            ? null
            : licenses.classify(
                (String) record.get("license"),
                (String) record.get("license_name"),
                (String) record.get("license_link"));
    return new Explanation(
        d,
        id.value(),
        author,
        record,
        store.query("model_parents", d, id.value()),
        store.query("model_children", d, id.value()),
        roots,
        origin(author),
        rootOrigins,
        license,
        record == null ? null : source(d, (String) record.get("source_file")));
  }

  /** The source file of a record, with its provenance. */
  private Map<String, Object> source(LocalDate d, String file) {
    List<Map<String, Object>> rows = store.query("model_source", d, file);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private Optional<Origin> origin(String author) {
    return author == null ? Optional.empty() : origins.lookup(author);
  }

  private LocalDate latest() {
    Object d = store.query("latest_snapshot").get(0).get("snapshot_date");
    if (d == null) {
      throw new UsageException("the database " + store.location() + " has no snapshot");
    }
    return (LocalDate) d;
  }
}
