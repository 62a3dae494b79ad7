package org.observatory.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.observatory.model.BadInputException;

/**
 * JSON Lines: one Hub model object per line. A line that is not a JSON object is an unreadable
 * record.
 */
final class JsonlReader implements RecordReader {
  private final BufferedReader in;
  private final String file;
  private long line;

  JsonlReader(BufferedReader in, String file) {
    this.in = in;
    this.file = file;
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
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode node = Json.MAPPER.readTree(text);
          if (node instanceof ObjectNode obj) {
            return SourceRecord.of(line, obj);
          }
          return SourceRecord.unreadable(line, "not a JSON object");
        } catch (JsonProcessingException e) {
          return SourceRecord.unreadable(line, "invalid JSON: " + e.getOriginalMessage());
        }
      }
      return null;
    } catch (IOException e) {
      throw new BadInputException(file, line + 1, "cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new BadInputException(file, line + 1, "cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
