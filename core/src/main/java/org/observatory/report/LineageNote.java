package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.observatory.store.SnapshotInfo;

/**
 * Why an indicator that rests on lineage is empty or trivial in a snapshot without parent edges
 * (e.g. a list of one organisation's models, which carries no base_model), and which stored
 * snapshots do have lineage, so that the report and the dashboard can point there.
 *
 * @param text the note, in words
 * @param withLineage the other stored snapshots that have edges, newest first
 */
public record LineageNote(String text, List<LocalDate> withLineage) {
  public LineageNote {
    requireNonNull(text, "text");
    withLineage = List.copyOf(withLineage);
  }

  /**
   * Where lineage is, in a few words, for a line of the scorecard: "see the snapshot of
   * 2025-04-26", or "no stored snapshot has lineage".
   */
  public String where() {
    return withLineage.isEmpty()
        ? "no stored snapshot has lineage"
        : "see the snapshot"
            + (withLineage.size() > 1 ? "s" : "")
            + " of "
            + withLineage.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
  }

  /** The note for one indicator of a report, when it rests on lineage the snapshot lacks. */
  public static Optional<LineageNote> of(Indicator i, Report r, List<SnapshotInfo> stored) {
    if (!i.spec().lineage() || r.edges() > 0) {
      return Optional.empty();
    }
    List<LocalDate> with =
        stored.stream()
            .filter(s -> s.edges() > 0 && !s.date().equals(r.date()))
            .map(SnapshotInfo::date)
            .sorted(Comparator.reverseOrder())
            .toList();
    String what =
        i.rows().isEmpty()
            ? "so this indicator has no rows"
            : "so every model is its own root here: foundation origin equals the publisher's origin and"
                + " no family has descendants";
    String where =
        with.isEmpty()
            ? "No stored snapshot has lineage: ingest Hub records with base_model tags or model-tree CSVs."
            : "Lineage is in the snapshot"
                + (with.size() > 1 ? "s" : "")
                + " of "
                + with.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                + ".";
    return Optional.of(
        new LineageNote(
            "The snapshot of "
                + r.date()
                + " holds no lineage edges (its source files carry no base_model tags or model"
                + " trees), "
                + what
                + ". "
                + where,
            with));
  }
}
