package org.observatory.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.observatory.model.BadInputException;
import org.observatory.model.Relation;

/**
 * A CSV export, read with Apache Commons CSV. Plain exports rename columns through the {@link
 * FieldMap}; model-tree CSVs ({@code model_id, metadata, depth, children, adapters, quantized,
 * merges, ...}) carry the Hub record as JSON in {@code metadata} and the tree's children in list
 * columns.
 */
final class CsvRecordReader implements RecordReader {
  static final Map<String, Relation> TREE_COLUMNS =
      Map.of(
          "children", Relation.FINETUNE,
          "adapters", Relation.ADAPTER,
          "quantized", Relation.QUANTIZED,
          "merges", Relation.MERGE);

  private final RecordLimit limited;
  private final CSVParser parser;
  private final String file;
  private final boolean tree;
  private final List<String> header;
  private final List<String> warnings;
  private long lastLine = 1;

  CsvRecordReader(Reader in, String file, boolean tree, FieldMap map, long maxRecordChars) {
    this.file = file;
    this.tree = tree;
    this.limited = new RecordLimit(in, maxRecordChars);
    try {
      this.parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setAllowMissingColumnNames(true)
              .get()
              .parse(limited);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BadInputException(file, 1, "cannot read the CSV header: " + rootMessage(e), e);
    }
    this.header = parser.getHeaderNames();
    requireDistinct(header, file);
    for (Map.Entry<String, String> e : map.columns().entrySet()) {
      if (!header.contains(e.getValue())) {
        throw new BadInputException(
            file,
            1,
            "--map "
                + e.getKey()
                + "="
                + e.getValue()
                + ": no column '"
                + e.getValue()
                + "' in the header "
                + header);
      }
    }
    if (tree) {
      for (String required : List.of("model_id", "metadata")) {
        if (!header.contains(required)) {
          throw new BadInputException(
              file,
              1,
              "not a model-tree CSV: no column '" + required + "' in the header " + header);
        }
      }
    } else if (!map.columns().containsKey("id") && !hasIdColumn(header)) {
      throw new BadInputException(
          file,
          1,
          "no model id column in the header " + header + " (name one with --map id=COLUMN)");
    }
    this.warnings = tree ? List.of() : ColumnHints.warning(header, map).stream().toList();
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  /** A header that names a column twice would hide one of them: bad input. */
  private static void requireDistinct(List<String> header, String file) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name == null || name.isBlank()) {
        continue;
      }
      Integer first = seen.putIfAbsent(name, i + 1);
      if (first != null) {
        throw new BadInputException(
            file,
            1,
            "the header names the column '"
                + name
                + "' twice (columns "
                + first
                + " and "
                + (i + 1)
                + ")");
      }
    }
  }

  static boolean hasIdColumn(List<String> header) {
    for (String alias : RecordNormalizer.aliases("id")) {
      if (header.contains(alias)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Iterator<SourceRecord> iterator() {
    Iterator<CSVRecord> rows = parser.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          limited.startRecord();
          return rows.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          if (e.getCause() instanceof RecordTooLargeException big) {
            throw new BadInputException(
                file, parser.getCurrentLineNumber() + 1, big.getMessage(), e);
          }
          throw new BadInputException(
              file, parser.getCurrentLineNumber(), "malformed CSV: " + rootMessage(e), e);
        }
      }

      @Override
      public SourceRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return convert(rows.next());
      }
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private SourceRecord convert(CSVRecord row) {
    long line = lastLine + 1;
    lastLine = parser.getCurrentLineNumber();
    if (!row.isConsistent()) {
      return SourceRecord.unreadable(
          line, "has " + row.size() + " columns, the header has " + header.size());
    }
    return tree ? convertTree(row, line) : convertPlain(row, line);
  }

  private SourceRecord convertPlain(CSVRecord row, long line) {
    ObjectNode fields = Json.MAPPER.createObjectNode();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      String value = row.get(i);
      if (value != null && !value.isEmpty()) {
        fields.put(name, value);
      }
    }
    return SourceRecord.of(line, fields);
  }

  private SourceRecord convertTree(CSVRecord row, long line) {
    List<String> cleaned = new ArrayList<>();
    ObjectNode fields;
    String metadata = row.get("metadata");
    try {
      var node = Json.ONE_VALUE.readTree(metadata);
      if (node instanceof ObjectNode obj) {
        fields = obj;
      } else {
        fields = Json.MAPPER.createObjectNode();
        cleaned.add("metadata cell is not a JSON object");
      }
    } catch (IOException e) {
      fields = Json.MAPPER.createObjectNode();
      cleaned.add("metadata cell is not JSON (e.g. N/A): record kept with its id only");
    }
    String modelId = row.get("model_id");
    if (modelId != null && !modelId.isBlank()) {
      fields.put("id", modelId);
    }
    List<TreeLink> links = new ArrayList<>();
    for (Map.Entry<String, Relation> col : TREE_COLUMNS.entrySet()) {
      if (row.isMapped(col.getKey())) {
        for (String child : splitList(row.get(col.getKey()))) {
          links.add(new TreeLink(child, col.getValue()));
        }
      }
    }
    return new SourceRecord(line, fields, links, cleaned, null);
  }

  /** Splits a list cell: {@code a, b}, or a Python list repr {@code ['a', 'b']}. */
  static List<String> splitList(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    String s = cell.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    for (String part : s.split(",")) {
      String p = part.strip();
      if (p.length() >= 2
          && (p.charAt(0) == '\'' || p.charAt(0) == '"')
          && p.endsWith(p.substring(0, 1))) {
        p = p.substring(1, p.length() - 1).strip();
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
