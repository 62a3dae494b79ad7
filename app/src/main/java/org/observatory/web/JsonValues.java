package org.observatory.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

/**
 * Store values as JSON the way {@code report --format json} writes them: dates and times as ISO
 * text, numbers and lists as they are.
 */
final class JsonValues {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonValues() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode value(Object v) {
    return MAPPER.valueToTree(v instanceof Temporal ? v.toString() : v);
  }

  static ObjectNode row(Map<String, Object> row) {
    ObjectNode o = object();
    row.forEach((k, v) -> o.set(k, value(v)));
    return o;
  }

  static ArrayNode rows(List<Map<String, Object>> rows) {
    ArrayNode out = MAPPER.createArrayNode();
    rows.forEach(r -> out.add(row(r)));
    return out;
  }

  static ArrayNode strings(List<?> values) {
    ArrayNode out = MAPPER.createArrayNode();
    values.forEach(v -> out.add(String.valueOf(v)));
    return out;
  }
}
