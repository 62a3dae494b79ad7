package org.observatory.model;

import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV format of the tables the Observatory reads by column name: the override files people
 * write by hand (origins, open weights, capability bands), usage CSVs and the bundled tables in the
 * same shape. The first line names the columns; values and names are trimmed of surrounding blanks.
 * Two readers keep their own on purpose: the license table (untrimmed, so its row check refuses a
 * value with blanks) and Epoch AI's CSV (its values as the source wrote them); the ingest reads Hub
 * CSVs by their own rules ({@code CsvRecordReader}).
 */
public final class CsvTable {
  public static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private CsvTable() {}
}
