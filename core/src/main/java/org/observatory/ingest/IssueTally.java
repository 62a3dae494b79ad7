package org.observatory.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.store.IngestIssue;

/** Counts the dirt of one file by kind and reason, remembering where each reason first appeared. */
final class IssueTally {
  private final Map<String, long[]> counts = new TreeMap<>();

  void add(String kind, String reason, long line) {
    long[] c = counts.computeIfAbsent(kind + "\u0000" + reason, k -> new long[] {0, line});
    c[0]++;
  }

  List<IngestIssue> issues() {
    List<IngestIssue> out = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          int sep = key.indexOf('\u0000');
          out.add(new IngestIssue(key.substring(0, sep), key.substring(sep + 1), c[0], c[1]));
        });
    return out;
  }
}
