package org.observatory.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.model.UsageException;

/**
 * The user's {@code --map field=column,...}: which source column holds which record field, for
 * sources whose column names differ from the Hub's.
 */
public record FieldMap(Map<String, String> columns) {
  /** The record fields a source column can be mapped to. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "author",
          "created_at",
          "last_modified",
          "downloads",
          "downloads_all_time",
          "likes",
          "license",
          "license_name",
          "license_link",
          "pipeline_tag",
          "library_name",
          "tags",
          "base_model",
          "parameters");

  public static final FieldMap NONE = new FieldMap(Map.of());

  public FieldMap {
    columns = Map.copyOf(columns);
  }

  /** Parses {@code id=repo_id,author=owner}; an unknown field name is a usage error. */
  public static FieldMap parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new UsageException("--map expects field=column pairs, got '" + part + "'");
      }
      String field = kv[0].strip();
      if (!FIELDS.contains(field)) {
        throw new UsageException(
            "--map: unknown field '" + field + "' (fields: " + String.join(", ", FIELDS) + ")");
      }
      map.put(field, kv[1].strip());
    }
    return new FieldMap(map);
  }

  boolean isEmpty() {
    return columns.isEmpty();
  }
}
