package org.observatory.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.observatory.ingest.DatasetFile;
import org.observatory.model.BadInputException;

/**
 * A small JSON dataset file read whole: the top-level object's fields, and the elements of one of
 * its arrays each with the line it starts on, so that a bad record can be named by index and line.
 *
 * @param fields the top-level fields other than the records array
 * @param records the elements of the records array, or null when the file has no such array
 */
record JsonDocument(ObjectNode fields, List<JsonRecord> records) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads {@code file}, whose records are the elements of the top-level array {@code arrayName}.
   */
  static JsonDocument read(DatasetFile file, String arrayName) {
    ObjectNode fields = MAPPER.createObjectNode();
    List<JsonRecord> records = null;
    try (Reader in = file.reader();
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInputException(file.name(), line(p), "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals(arrayName) && value == JsonToken.START_ARRAY) {
          records = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long at = line(p);
            JsonNode node = MAPPER.readTree(p);
            records.add(new JsonRecord(file.name(), arrayName, records.size(), at, node));
          }
        } else {
          fields.set(field, MAPPER.readTree(p));
        }
      }
      if (p.nextToken() != null) {
        throw new BadInputException(file.name(), line(p), "content after the top-level object");
      }
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadInputException(file.name(), at, "invalid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw file.failure(e);
    }
    return new JsonDocument(fields, records);
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
