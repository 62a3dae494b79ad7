package org.observatory.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.observatory.model.BadInputException;
import org.observatory.model.ObservatoryException;
import org.observatory.store.ParquetRows;
import org.observatory.store.Store;

/**
 * Hub-stats style Parquet (the Hub's own field names, or renamed by the {@link FieldMap}), via
 * DuckDB.
 */
final class ParquetRecordReader implements RecordReader {
  private final ParquetRows rows;
  private final String file;
  private final List<String> warnings;

  ParquetRecordReader(Store store, java.nio.file.Path path, String file, FieldMap map) {
    this.file = file;
    try {
      this.rows = ParquetRows.read(store, path);
    } catch (ObservatoryException e) {
      throw new BadInputException(file, 0, "not a readable Parquet file: " + e.getMessage(), e);
    }
    List<String> columns = Arrays.asList(rows.columns());
    for (Map.Entry<String, String> e : map.columns().entrySet()) {
      if (!columns.contains(e.getValue())) {
        rows.close();
        throw new BadInputException(
            file,
            0,
            "--map "
                + e.getKey()
                + "="
                + e.getValue()
                + ": no column '"
                + e.getValue()
                + "' among "
                + columns);
      }
    }
    if (!map.columns().containsKey("id") && !CsvRecordReader.hasIdColumn(columns)) {
      rows.close();
      throw new BadInputException(
          file, 0, "no model id column among " + columns + " (name one with --map id=COLUMN)");
    }
    this.warnings = ColumnHints.warning(columns, map).stream().toList();
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public Iterator<SourceRecord> iterator() {
    Iterator<Map<String, Object>> it = rows.iterator();
    return new Iterator<>() {
      private long record;

      @Override
      public boolean hasNext() {
        try {
          return it.hasNext();
        } catch (ObservatoryException e) {
          throw new BadInputException(file, record + 1, e.getMessage(), e);
        }
      }

      @Override
      public SourceRecord next() {
        Map<String, Object> row = it.next();
        record++;
        ObjectNode fields = Json.MAPPER.createObjectNode();
        List<String> cleaned = new ArrayList<>();
        for (Map.Entry<String, Object> e : row.entrySet()) {
          if (e.getValue() instanceof ParquetRows.Unsupported u) {
            cleaned.add(
                "column '"
                    + e.getKey()
                    + "' has a type the ingest does not read ("
                    + u.type()
                    + ")");
          } else if (e.getValue() != null) {
            JsonNode v = Json.MAPPER.valueToTree(e.getValue());
            fields.set(e.getKey(), v);
          }
        }
        return new SourceRecord(record, fields, List.of(), cleaned, null);
      }
    };
  }

  @Override
  public void close() {
    rows.close();
  }
}
