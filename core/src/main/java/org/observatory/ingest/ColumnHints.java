package org.observatory.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Columns of a tabular export that are not read but look like a record field under another name
 * ({@code date_released} like {@code created_at}, {@code model_type} like {@code pipeline_tag}):
 * the ingest warns, naming them and the {@code --map} that would read them, instead of ignoring
 * them silently. A column is named only when its field has no column of its own in the file (by one
 * of the field's known names or {@code --map}); of several columns like one field, the first.
 */
final class ColumnHints {
  /** Field → what a column name (lower case) that looks like it contains; the first match wins. */
  private static final Map<String, Predicate<String>> LOOKS_LIKE = new LinkedHashMap<>();

  static {
    LOOKS_LIKE.put(
        "created_at",
        c ->
            c.contains("creat")
                || c.contains("releas")
                || c.contains("publish")
                || c.contains("upload"));
    LOOKS_LIKE.put(
        "last_modified", c -> c.contains("modif") || c.contains("updat") || c.contains("commit"));
    LOOKS_LIKE.put(
        "pipeline_tag",
        c ->
            c.contains("pipeline") || c.contains("task") || c.replace("_", "").equals("modeltype"));
    LOOKS_LIKE.put("license", c -> c.contains("licen"));
    LOOKS_LIKE.put(
        "downloads_all_time",
        c -> c.contains("download") && (c.contains("all") || c.contains("total")));
    LOOKS_LIKE.put("downloads", c -> c.contains("download"));
    LOOKS_LIKE.put("likes", c -> c.contains("like") || c.contains("star"));
    LOOKS_LIKE.put("library_name", c -> c.contains("librar") || c.contains("framework"));
    LOOKS_LIKE.put(
        "base_model", c -> c.replace("_", "").contains("basemodel") || c.contains("parent"));
    LOOKS_LIKE.put("tags", c -> c.contains("tag"));
    LOOKS_LIKE.put(
        "author",
        c ->
            c.contains("owner")
                || c.contains("author")
                || c.contains("organi")
                || c.contains("creator")
                || c.contains("publisher")
                || c.contains("namespace"));
    LOOKS_LIKE.put(
        "id", c -> c.contains("repo") || c.replace("_", "").equals("modelid") || c.equals("model"));
  }

  private ColumnHints() {}

  /**
   * The warning for a header, or empty when every column that looks like a field is read (or its
   * field already has a column).
   */
  static Optional<String> warning(List<String> header, FieldMap map) {
    List<String> named = new ArrayList<>();
    Map<String, String> suggested = new LinkedHashMap<>();
    for (String column : header) {
      if (column == null || column.isBlank() || isRead(column, map)) {
        continue;
      }
      String c = column.strip().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Predicate<String>> e : LOOKS_LIKE.entrySet()) {
        if (e.getValue().test(c)) {
          String field = e.getKey();
          if (!hasSource(field, header, map) && !suggested.containsKey(field)) {
            suggested.put(field, column);
            named.add(column + " (looks like " + field + ")");
          }
          break;
        }
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    List<String> pairs = new ArrayList<>();
    suggested.forEach((field, column) -> pairs.add(field + "=" + column));
    return Optional.of(
        "columns not read: "
            + String.join(", ", named)
            + "; to read them: --map "
            + String.join(",", pairs));
  }

  /** Whether the ingest reads the column: a known name of a field, or a --map source. */
  private static boolean isRead(String column, FieldMap map) {
    if (map.columns().containsValue(column)) {
      return true;
    }
    for (String field : FieldMap.FIELDS) {
      if (!map.columns().containsKey(field) && RecordNormalizer.aliases(field).contains(column)) {
        return true;
      }
    }
    return RecordNormalizer.aliases("card_data").contains(column);
  }

  private static boolean hasSource(String field, List<String> header, FieldMap map) {
    if (map.columns().containsKey(field)) {
      return true;
    }
    for (String alias : RecordNormalizer.aliases(field)) {
      if (header.contains(alias)) {
        return true;
      }
    }
    return false;
  }
}
