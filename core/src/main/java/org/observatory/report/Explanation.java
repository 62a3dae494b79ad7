package org.observatory.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.license.LicenseVerdict;
import org.observatory.origin.Origin;

/**
 * Why one model counts where it does: its stored record (null when the snapshot only names it in an
 * edge), its parent edges and children, its roots with their origins, its own origin with the
 * registry's source, and its license class with the reason. An empty origin is UNATTRIBUTED.
 *
 * @param source the record's source file with its sha256 and, when a fetch wrote it, its URL, fetch
 *     time and validators; null when there is no record
 */
public record Explanation(
    LocalDate snapshot,
    String id,
    String author,
    Map<String, Object> record,
    List<Map<String, Object>> parents,
    List<Map<String, Object>> children,
    List<Map<String, Object>> roots,
    Optional<Origin> origin,
    List<Optional<Origin>> rootOrigins,
    LicenseVerdict license,
    Map<String, Object> source) {
  public Explanation {
    parents = List.copyOf(parents);
    children = List.copyOf(children);
    roots = List.copyOf(roots);
    rootOrigins = List.copyOf(rootOrigins);
  }
}
