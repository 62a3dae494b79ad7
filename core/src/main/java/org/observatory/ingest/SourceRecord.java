package org.observatory.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One record as a reader found it, before normalisation: its fields (as named in the source), or
 * the reason it could not be read.
 *
 * @param line 1-based line (JSONL, CSV) or record number (JSON, Parquet) for messages
 * @param treeLinks children a model-tree CSV lists for this record
 * @param cleaned reasons the reader already had to drop part of the record
 */
record SourceRecord(
    long line,
    ObjectNode fields,
    List<TreeLink> treeLinks,
    List<String> cleaned,
    String unreadable) {
  SourceRecord {
    treeLinks = List.copyOf(treeLinks);
    cleaned = List.copyOf(cleaned);
  }

  static SourceRecord of(long line, ObjectNode fields) {
    return new SourceRecord(line, fields, List.of(), List.of(), null);
  }

  static SourceRecord unreadable(long line, String reason) {
    return new SourceRecord(line, null, List.of(), List.of(), reason);
  }

  boolean isReadable() {
    return unreadable == null;
  }
}
