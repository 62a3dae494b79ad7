package org.observatory.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * One JSON Lines line read with Jackson's streaming parser into an object holding only what the
 * normaliser reads ({@link RecordNormalizer#namesRead()}): every other field, and every other key
 * of the objects it reads into (card data, {@code safetensors}), is tokenised and skipped, never
 * built. Building a whole tree per record and walking it was about 40 % of the parse workers' CPU
 * (SCALING.md, issue 15); a Hub record carries {@code _id}, {@code modelId}, {@code private},
 * {@code siblings}, the card's {@code model-index} and more that no figure uses.
 *
 * <p>The whole line is still tokenised by the same parser as {@link Json#ONE_VALUE}, so a line is
 * unreadable exactly when the tree reader finds it so, and for the same reason in the same words; a
 * line that does not open with an object goes through the tree reader itself. The values kept are
 * the nodes the tree reader makes (the same node type for every number), so the normaliser sees the
 * same record either way.
 */
final class JsonlFields {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Set<String>> read;

  JsonlFields(RecordNormalizer normalizer) {
    this.read = normalizer.namesRead();
  }

  /** One non-blank line as a record: the fields read from its object, or why it is unreadable. */
  SourceRecord parse(long line, String text) {
    try (JsonParser p = Json.MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return ParallelJsonl.parse(line, text);
      }
      ObjectNode fields = NODES.objectNode();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        Set<String> inner = read.get(name);
        JsonToken t = p.nextToken();
        if (inner == null) {
          p.skipChildren();
        } else if (t == JsonToken.START_OBJECT && !inner.isEmpty()) {
          fields.set(name, only(p, inner));
        } else {
          fields.set(name, value(p, t));
        }
      }
      if (p.nextToken() != null) {
        return SourceRecord.unreadable(line, Json.MORE_THAN_ONE_VALUE);
      }
      return SourceRecord.of(line, fields);
    } catch (JsonProcessingException e) {
      return SourceRecord.unreadable(line, Json.problem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String cannot fail to read
    }
  }

  /** The object at the parser's {@code START_OBJECT} with only the keys {@code keep}. */
  private static ObjectNode only(JsonParser p, Set<String> keep) throws IOException {
    ObjectNode o = NODES.objectNode();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (keep.contains(name)) {
        o.set(name, value(p, t));
      } else {
        p.skipChildren();
      }
    }
    return o;
  }

  /** The whole value at token {@code t}, as the tree reader builds it. */
  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        ObjectNode o = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      case START_ARRAY:
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(p.getDecimalValue())
            : NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected JSON token " + t);
    }
  }
}
