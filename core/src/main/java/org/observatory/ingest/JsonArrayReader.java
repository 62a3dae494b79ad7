package org.observatory.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.observatory.model.BadInputException;

/**
 * A JSON document as the Hub API returns it: an array of model objects (one page), read object by
 * object with Jackson's streaming parser; a single object is one record. Broken JSON cannot be
 * resynchronised, so it is a bad input at the line where the parser stopped.
 */
final class JsonArrayReader implements RecordReader {
  private final JsonParser parser;
  private final String file;
  private final boolean array;
  private boolean single;
  private long record;

  JsonArrayReader(Reader in, String file) {
    this.file = file;
    try {
      this.parser = Json.MAPPER.createParser(in);
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        array = true;
      } else if (first == JsonToken.START_OBJECT) {
        array = false;
        single = true;
      } else {
        throw new BadInputException(file, 1, "expected a JSON array of models or one model object");
      }
    } catch (IOException e) {
      throw bad(e);
    }
  }

  private BadInputException bad(IOException e) {
    long where = parser == null ? 1 : parser.currentLocation().getLineNr();
    String msg =
        e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
            ? jpe.getOriginalMessage()
            : e.getMessage();
    return new BadInputException(
        file, Math.max(1, where), "invalid JSON in record " + (record + 1) + ": " + msg, e);
  }

  @Override
  public Iterator<SourceRecord> iterator() {
    return new Iterator<>() {
      private SourceRecord ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = readNext();
        }
        return ahead != null;
      }

      @Override
      public SourceRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceRecord r = ahead;
        ahead = null;
        return r;
      }
    };
  }

  private SourceRecord readNext() {
    try {
      if (!array) {
        if (!single) {
          return null;
        }
        single = false;
        record++;
        JsonNode node = parser.readValueAsTree();
        return SourceRecord.of(record, (ObjectNode) node);
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return null;
      }
      if (t == null) {
        throw new BadInputException(
            file, parser.currentLocation().getLineNr(), "truncated JSON: the array is not closed");
      }
      record++;
      long line = parser.currentLocation().getLineNr();
      JsonNode node = parser.readValueAsTree();
      if (node instanceof ObjectNode obj) {
        return SourceRecord.of(line, obj);
      }
      return SourceRecord.unreadable(line, "array element " + record + " is not a JSON object");
    } catch (IOException e) {
      throw bad(e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
