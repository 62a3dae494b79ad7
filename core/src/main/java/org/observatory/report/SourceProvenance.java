package org.observatory.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the data of a report came from: each source file a fetch wrote (the snapshot's and the
 * reference datasets'), with its URL, fetch time, last confirmation, validators and sha256; and the
 * sources the update of the snapshot's date could not fetch.
 *
 * @param files rows {kind, file, format, source, url, fetched_at, checked_at, etag, last_modified,
 *     sha256}
 * @param missing rows {source, url, reason, recorded_at}
 */
public record SourceProvenance(List<Map<String, Object>> files, List<Map<String, Object>> missing) {
  public static final SourceProvenance NONE = new SourceProvenance(List.of(), List.of());

  public SourceProvenance {
    files = List.copyOf(files);
    missing = List.copyOf(missing);
  }

  /**
   * One credit line per fetch source: how many files, from where, fetched and last confirmed when;
   * and one per missing source.
   */
  public List<String> credits() {
    Map<String, List<Map<String, Object>>> bySource = new LinkedHashMap<>();
    for (Map<String, Object> f : files) {
      bySource.computeIfAbsent(String.valueOf(f.get("source")), s -> new ArrayList<>()).add(f);
    }
    List<String> out = new ArrayList<>();
    bySource.forEach(
        (source, rows) ->
            out.add(
                String.format(
                    "Fetched: %s, %d file(s) from %s, fetched %s, last confirmed current %s"
                        + " (each file's URL, ETag/Last-Modified and sha256: meta.provenance).",
                    source,
                    rows.size(),
                    commonUrl(rows),
                    extreme(rows, "fetched_at", false),
                    extreme(rows, "checked_at", true))));
    for (Map<String, Object> m : missing) {
      out.add(
          String.format(
              "Not fetched: %s (%s) at %s: %s; the data loaded before is used.",
              m.get("source"),
              Objects.toString(m.get("url"), "no URL"),
              m.get("recorded_at"),
              m.get("reason")));
    }
    return List.copyOf(out);
  }

  /** The one URL of the rows, or the longest folder prefix they share followed by "...". */
  static String commonUrl(List<Map<String, Object>> rows) {
    String first = String.valueOf(rows.get(0).get("url"));
    String prefix = first;
    for (Map<String, Object> r : rows) {
      String url = String.valueOf(r.get("url"));
      int n = 0;
      while (n < prefix.length() && n < url.length() && prefix.charAt(n) == url.charAt(n)) {
        n++;
      }
      prefix = prefix.substring(0, n);
    }
    if (prefix.equals(first)) {
      return first;
    }
    int hash = prefix.indexOf('#');
    int cut = hash >= 0 ? hash : prefix.lastIndexOf('/') + 1;
    return prefix.substring(0, cut) + "...";
  }

  private static String extreme(List<Map<String, Object>> rows, String field, boolean latest) {
    return rows.stream()
        .map(r -> String.valueOf(r.get(field)))
        .reduce((a, b) -> (a.compareTo(b) > 0) == latest ? a : b)
        .orElse("");
  }
}
