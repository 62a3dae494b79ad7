package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.model.HubId;
import org.observatory.model.UsageException;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;

/**
 * Explains one model of a snapshot: record, edges, roots, origin and license class, each with its
 * source. The lookup resolves a snapshot's lineage once and reuses it for the next model of the
 * same snapshot, so one explainer serves one thread.
 */
public final class Explainer {
  private final ModelLookup lookup;
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;

  public Explainer(ModelLookup lookup, OriginRegistry origins, LicenseClassifier licenses) {
    this.lookup = lookup;
    this.origins = origins;
    this.licenses = licenses;
  }

  /** Where else the model is: "; it is in the snapshot of D: add --snapshot D", or nothing. */
  private String elsewhere(HubId id, LocalDate d) {
    List<LocalDate> in =
        lookup.snapshots().stream()
            .map(s -> s.date())
            .filter(x -> !x.equals(d))
            .filter(x -> lookup.exists(x, id))
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

  /** Why the model counts where it does in the snapshot of {@code date} (the latest when null). */
  public Explanation explain(LocalDate date, String rawId) {
    HubId id =
        HubId.parse(rawId).orElseThrow(() -> new UsageException("not a Hub model id: " + rawId));
    LocalDate d = lookup.snapshot(date).date();
    List<Map<String, Object>> roots = lookup.roots(d, id);
    if (roots.isEmpty()) {
      throw new UsageException(
          "no model "
              + id
              + " in the snapshot of "
              + d
              + (date == null ? " (the latest)" : "")
              + elsewhere(id, d));
    }
    Map<String, Object> record = lookup.record(d, id).orElse(null);
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
        lookup.parents(d, id),
        lookup.children(d, id),
        roots,
        origin(author),
        rootOrigins,
        license,
        record == null ? null : source(d, (String) record.get("source_file")));
  }

  /** The source file of a record, with its provenance. */
  private Map<String, Object> source(LocalDate d, String file) {
    return lookup.source(d, file).orElse(null);
  }

  private Optional<Origin> origin(String author) {
    return author == null ? Optional.empty() : origins.lookup(author);
  }
}
