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
 * object with Jackson's streaming parser; or model objects one after the other (one object, or JSON
 * Lines read as {@code --format hub-json}), each a record. Read completely or not at all: anything
 * after the array's closing {@code ]} is bad input, never ignored. Broken JSON cannot be
 * resynchronised, so it is a bad input at the line where the parser stopped. No record may be
 * longer than the record cap.
 */
final class JsonArrayReader implements RecordReader {
  private final RecordLimit limited;
  private final JsonParser parser;
  private final String file;
  private final boolean array;
  private boolean arrayClosed;
  private JsonToken pending;
  private long record;

  JsonArrayReader(Reader in, String file, long maxRecordChars) {
    this.file = file;
    this.limited = new RecordLimit(in, maxRecordChars);
    try {
      this.parser = Json.MAPPER.createParser(limited);
      // reading up to the end of the input (to check that nothing follows the array) must not
      // close it: the ingest goes on reading the file's bytes for its digest
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        array = true;
      } else if (first == JsonToken.START_OBJECT) {
        array = false;
        pending = first;
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
        e instanceof com.fasterxml.jackson.core.io.JsonEOFException
            ? "truncated JSON: the file ends before "
                + (array ? "the array is" : "the object is")
                + " closed"
            : e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                ? Json.problem(jpe)
                : e instanceof RecordTooLargeException ? e.getMessage() : "invalid JSON: " + e;
    return new BadInputException(
        file, Math.max(1, where), "record " + (record + 1) + ": " + msg, e);
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
      limited.startRecord();
      return array ? nextElement() : nextObject();
    } catch (IOException e) {
      throw bad(e);
    }
  }

  /** The next element of the array; null after its end, which must be the end of the file. */
  private SourceRecord nextElement() throws IOException {
    if (arrayClosed) {
      return null;
    }
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      arrayClosed = true;
      if (parser.nextToken() != null) {
        throw new BadInputException(
            file,
            parser.currentTokenLocation().getLineNr(),
            "content after the end of the JSON array of "
                + record
                + " models: a JSON file holds one array (several arrays, or text after it, would"
                + " be read only in part)");
      }
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
  }

  /** The next of a sequence of top-level values, each a model object; null at the end. */
  private SourceRecord nextObject() throws IOException {
    JsonToken t = pending != null ? pending : parser.nextToken();
    pending = null;
    if (t == null) {
      return null;
    }
    record++;
    long line = parser.currentTokenLocation().getLineNr();
    JsonNode node = parser.readValueAsTree();
    if (node instanceof ObjectNode obj) {
      return SourceRecord.of(line, obj);
    }
    return SourceRecord.unreadable(line, "top-level value " + record + " is not a JSON object");
  }

  @Override
  public void close() throws IOException {
    parser.close();
    limited.close();
  }
}
