package org.observatory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's filters on indicator rows: origin (column {@code origin}), relation (column
 * {@code relation}) and license class (column {@code class}). A filter applies to the indicators
 * whose rows have its column and leaves the others whole; each response says which applied.
 */
record RowFilter(String origin, String relation, String licenseClass) {
  static final RowFilter NONE = new RowFilter(null, null, null);

  /** Each given filter by its query parameter name, with the column it compares. */
  private Map<String, String[]> given() {
    Map<String, String[]> out = new LinkedHashMap<>();
    if (origin != null) {
      out.put("origin", new String[] {"origin", origin});
    }
    if (relation != null) {
      out.put("relation", new String[] {"relation", relation});
    }
    if (licenseClass != null) {
      out.put("license_class", new String[] {"class", licenseClass});
    }
    return out;
  }

  /** The given filters that apply to these rows (their column exists), by parameter name. */
  Map<String, String> applied(List<Map<String, Object>> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    given()
        .forEach(
            (param, cv) -> {
              if (rows.stream().anyMatch(r -> r.containsKey(cv[0]))) {
                out.put(param, cv[1]);
              }
            });
    return out;
  }

  /** The given filters that do not apply to these rows. */
  Map<String, String> ignored(List<Map<String, Object>> rows) {
    Map<String, String> applied = applied(rows);
    Map<String, String> out = new LinkedHashMap<>();
    given()
        .forEach(
            (param, cv) -> {
              if (!applied.containsKey(param)) {
                out.put(param, cv[1]);
              }
            });
    return out;
  }

  /** The positions of the rows every applicable filter keeps. */
  List<Integer> keep(List<Map<String, Object>> rows) {
    Map<String, String[]> given = given();
    Map<String, String> applied = applied(rows);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      boolean kept = true;
      for (String param : applied.keySet()) {
        String[] cv = given.get(param);
        kept &= cv[1].equals(String.valueOf(row.get(cv[0])));
      }
      if (kept) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether an applicable filter compares the rows' column {@code column}. */
  boolean compares(String column, List<Map<String, Object>> rows) {
    Map<String, String[]> given = given();
    return applied(rows).keySet().stream().anyMatch(p -> given.get(p)[0].equals(column));
  }

  /** These filters as query parameters ({@code &origin=CN...}), for links. */
  String query() {
    StringBuilder b = new StringBuilder();
    given().forEach((param, cv) -> b.append('&').append(param).append('=').append(cv[1]));
    return b.toString();
  }
}
