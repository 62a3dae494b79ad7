package org.observatory.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.observatory.ingest.SnapshotDates;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;

/**
 * Whether each stored snapshot can be compared with the one before it: only when both were built
 * from the same collections of source files. A file's collection is its name without the dates in
 * it ({@code hub-2025-01-01.jsonl} and {@code hub-2025-01-31.jsonl} are one collection; the bundled
 * model trees and the major-org file are two). Snapshots of different samples are {@code
 * comparable: false} with the reason, and a chart draws no line between them.
 */
final class SeriesComparability {
  private SeriesComparability() {}

  /** The series rows with {@code comparable} (null for the first snapshot) and its reason. */
  static List<Map<String, Object>> annotate(
      List<Map<String, Object>> series, List<SnapshotInfo> snapshots) {
    Map<LocalDate, Object[]> flags = flags(snapshots);
    List<Map<String, Object>> out = new ArrayList<>(series.size());
    for (Map<String, Object> row : series) {
      Map<String, Object> r = new LinkedHashMap<>(row);
      Object[] f = flags.getOrDefault(date(row.get("snapshot")), new Object[] {null, null});
      r.put("comparable", f[0]);
      r.put("comparable_reason", f[1]);
      out.add(r);
    }
    return out;
  }

  /** Per snapshot date: {comparable (Boolean or null), reason}. */
  static Map<LocalDate, Object[]> flags(List<SnapshotInfo> snapshots) {
    List<SnapshotInfo> sorted = new ArrayList<>(snapshots);
    sorted.sort(java.util.Comparator.comparing(SnapshotInfo::date));
    Map<LocalDate, Object[]> out = new HashMap<>();
    SnapshotInfo previous = null;
    for (SnapshotInfo s : sorted) {
      if (previous == null) {
        out.put(s.date(), new Object[] {null, "the first stored snapshot"});
      } else if (collections(s).equals(collections(previous))) {
        out.put(
            s.date(),
            new Object[] {
              true, "built from the same collections of source files as " + previous.date()
            });
      } else {
        out.put(
            s.date(),
            new Object[] {
              false,
              "built from other source files than "
                  + previous.date()
                  + " ("
                  + files(s)
                  + " vs "
                  + files(previous)
                  + "): different samples, so the change between them is not a trend"
            });
      }
      previous = s;
    }
    return out;
  }

  private static TreeSet<String> collections(SnapshotInfo s) {
    TreeSet<String> out = new TreeSet<>();
    for (SourceFile f : s.sources()) {
      out.add(SnapshotDates.withoutDates(f.fileName()));
    }
    return out;
  }

  private static String files(SnapshotInfo s) {
    List<String> names = s.sources().stream().map(SourceFile::fileName).sorted().toList();
    return names.size() <= 2 ? String.join(", ", names) : names.size() + " files";
  }

  private static LocalDate date(Object v) {
    return v instanceof LocalDate d ? d : v == null ? null : LocalDate.parse(v.toString());
  }
}
