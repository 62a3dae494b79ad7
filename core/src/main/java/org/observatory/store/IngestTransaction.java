package org.observatory.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.observatory.model.ObservatoryException;
import org.observatory.model.Provenance;

/**
 * One ingest, written in one database transaction: each input file's records and edges are staged
 * through CSV files that DuckDB reads in parallel ({@link #stage}), and {@link #commit()} merges
 * them into the snapshots. Closing without commit rolls back, so the database is exactly as before.
 * The staging files live in a folder beside the database ({@code <db>.ingest}, or a temporary
 * folder for an in-memory database) that the ingest deletes when it ends; one left by a killed
 * process is emptied by the next ingest (DuckDB lets one process write a database file at a time).
 */
public final class IngestTransaction implements AutoCloseable, DatasetSink {
  private final DuckDBConnection connection;
  private final Set<LocalDate> snapshots = new TreeSet<>();
  private final List<SourceFile> sources = new ArrayList<>();
  private final List<List<IngestIssue>> issues = new ArrayList<>();
  private final java.util.Map<String, DuckDBAppender> datasetAppenders =
      new java.util.LinkedHashMap<>();
  private final List<Object[]> datasetSources = new ArrayList<>();
  private Path stagingFolder;
  private int stagedFiles;
  private boolean done;

  IngestTransaction(DuckDBConnection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      for (String sql : Store.SQL.statements("staging")) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      connection.rollback();
      connection.setAutoCommit(true);
      throw e;
    }
  }

  /**
   * Starts staging the records of one input file of the snapshot of {@code date}: write its batches
   * in file order, then {@link StagingFile#load()} them before the next file.
   */
  public StagingFile stage(LocalDate snapshot, String sourceFile) {
    snapshots.add(snapshot);
    return new StagingFile(connection, stagingFolder(), ++stagedFiles, snapshot, sourceFile);
  }

  private Path stagingFolder() {
    if (stagingFolder != null) {
      return stagingFolder;
    }
    try {
      String db;
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery(Store.SQL.get("database_path"))) {
        db = rs.next() ? rs.getString(1) : null;
      }
      if (db == null || db.isEmpty()) {
        stagingFolder = Files.createTempDirectory("observatory-ingest");
      } else {
        stagingFolder = Path.of(db + ".ingest");
        deleteStagingFolder();
        Files.createDirectories(stagingFolder);
      }
      return stagingFolder;
    } catch (SQLException | IOException e) {
      throw new ObservatoryException(
          "cannot create the ingest's staging folder: " + e.getMessage(), e);
    }
  }

  /** Deletes the staging folder and what a killed ingest left in it. */
  private void deleteStagingFolder() throws IOException {
    if (stagingFolder == null || !Files.isDirectory(stagingFolder)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.list(stagingFolder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(stagingFolder);
  }

  @Override
  public void replaceSource(String table, String fileName) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            Store.SQL.get("delete_dataset_rows").replace("{table}", table))) {
      ps.setString(1, fileName);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot replace the rows of " + fileName + " in " + table + ": " + e.getMessage(), e);
    }
  }

  @Override
  public RowAppender rows(String table) {
    DuckDBAppender a = datasetAppenders.get(table);
    try {
      if (a == null) {
        a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        datasetAppenders.put(table, a);
      }
      return new TableAppender(a);
    } catch (SQLException e) {
      throw new ObservatoryException("cannot append to " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * The stored row of a reference-dataset file of this format and name (format, file_name, sha256,
   * records, data_date, ingested_at), if an earlier ingest stored one.
   */
  public java.util.Optional<java.util.Map<String, Object>> storedDataset(
      String format, String fileName) {
    try (PreparedStatement ps = connection.prepareStatement(Store.SQL.get("dataset_source_of"))) {
      ps.setString(1, format);
      ps.setString(2, fileName);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          row.put(rs.getMetaData().getColumnLabel(c), Store.plain(rs.getObject(c)));
        }
        return java.util.Optional.of(row);
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot look up the stored rows of " + fileName + ": " + e.getMessage(), e);
    }
  }

  /** Records what one reference-dataset file contributed. */
  public void addDatasetSource(
      String format, String fileName, String sha256, long records, java.time.LocalDate date) {
    addDatasetSource(format, fileName, sha256, records, date, null);
  }

  /** Records what one reference-dataset file contributed, and where it came from (or null). */
  public void addDatasetSource(
      String format,
      String fileName,
      String sha256,
      long records,
      java.time.LocalDate date,
      Provenance provenance) {
    datasetSources.add(new Object[] {format, fileName, sha256, records, date, provenance});
  }

  /**
   * Empties the snapshot of {@code date} (models, edges, sources, issues) in this transaction, so
   * that what is ingested next is the whole snapshot: {@code update} rebuilding a day it built
   * before.
   */
  public void replaceSnapshot(LocalDate date) {
    try {
      for (String sql : Store.SQL.statements("delete_snapshot")) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          ps.setObject(1, date);
          ps.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new ObservatoryException("cannot replace snapshot " + date + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records the sources an update could not fetch for the snapshot of {@code date}, and forgets the
   * earlier misses of the sources that did arrive.
   */
  public void recordMissing(
      LocalDate date, java.util.Collection<String> arrived, List<MissingSource> missing) {
    try (PreparedStatement forget =
            connection.prepareStatement(Store.SQL.get("delete_missing_source"));
        PreparedStatement insert =
            connection.prepareStatement(Store.SQL.get("insert_missing_source"))) {
      for (String source : arrived) {
        forget.setObject(1, date);
        forget.setString(2, source);
        forget.executeUpdate();
      }
      for (MissingSource m : missing) {
        insert.setObject(1, date);
        insert.setString(2, m.source());
        insert.setString(3, m.url());
        insert.setString(4, m.reason());
        insert.setObject(5, utc(Instant.now()));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot record the missing sources of " + date + ": " + e.getMessage(), e);
    }
  }

  /** Records what one file contributed, and the dirt met in it. */
  public void addSource(SourceFile source, List<IngestIssue> fileIssues) {
    sources.add(source);
    issues.add(List.copyOf(fileIssues));
    snapshots.add(source.snapshot());
  }

  /** Merges everything staged into the store and commits; returns the snapshot dates touched. */
  public Set<LocalDate> commit() {
    try {
      for (DuckDBAppender a : datasetAppenders.values()) {
        a.close();
      }
      writeDatasetSources();
      try (Statement st = connection.createStatement()) {
        mergeModels(st);
        st.execute(Store.SQL.get("merge_edges"));
        st.execute(Store.SQL.get("drop_untyped_edges"));
      }
      Timestamp now = Timestamp.from(Instant.now());
      writeSources(now);
      try (PreparedStatement ps = connection.prepareStatement(Store.SQL.get("refresh_snapshot"))) {
        for (LocalDate d : snapshots) {
          ps.setObject(1, d);
          ps.setTimestamp(2, now);
          ps.executeUpdate();
        }
      }
      try (Statement st = connection.createStatement()) {
        for (String sql : Store.SQL.statements("drop_staging")) {
          st.execute(sql);
        }
      }
      connection.commit();
      done = true;
      return Set.copyOf(snapshots);
    } catch (SQLException e) {
      throw new ObservatoryException("cannot commit the ingest: " + e.getMessage(), e);
    }
  }

  private void writeDatasetSources() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(Store.SQL.get("upsert_dataset_source"))) {
      for (Object[] d : datasetSources) {
        ps.setString(1, (String) d[0]);
        ps.setString(2, (String) d[1]);
        ps.setString(3, (String) d[2]);
        ps.setLong(4, (Long) d[3]);
        ps.setObject(5, d[4]);
        ps.setTimestamp(6, Timestamp.from(Instant.now()));
        setProvenance(ps, 7, (Provenance) d[5]);
        ps.executeUpdate();
      }
    }
  }

  /**
   * Merges the staged records into the stored ones. Where no staged id has a stored record (the
   * common case: a snapshot's first ingest) the staged winners are simply inserted; otherwise the
   * stored records that lose are deleted and the winners inserted. Both are much faster than one
   * {@code INSERT OR REPLACE} (about half the time on a fresh snapshot of 1M records, and a
   * hundredth when re-ingesting them).
   */
  private static void mergeModels(Statement st) throws SQLException {
    st.execute(Store.SQL.get("merge_models_winners"));
    boolean overlap;
    try (ResultSet rs = st.executeQuery(Store.SQL.get("merge_models_overlap"))) {
      overlap = rs.next() && rs.getBoolean(1);
    }
    for (String sql :
        Store.SQL.statements(overlap ? "merge_models_resolve" : "merge_models_insert")) {
      st.execute(sql);
    }
  }

  private void writeSources(Timestamp now) throws SQLException {
    try (PreparedStatement src = connection.prepareStatement(Store.SQL.get("upsert_source"));
        PreparedStatement del = connection.prepareStatement(Store.SQL.get("delete_source_issues"));
        PreparedStatement iss = connection.prepareStatement(Store.SQL.get("insert_issue"))) {
      for (int i = 0; i < sources.size(); i++) {
        SourceFile s = sources.get(i);
        src.setObject(1, s.snapshot());
        src.setString(2, s.fileName());
        src.setString(3, s.sha256());
        src.setString(4, s.format());
        src.setLong(5, s.recordsRead());
        src.setLong(6, s.recordsStored());
        src.setLong(7, s.recordsSkipped());
        src.setLong(8, s.edgesRead());
        src.setTimestamp(9, now);
        setProvenance(src, 10, s.provenance());
        src.executeUpdate();
        del.setObject(1, s.snapshot());
        del.setString(2, s.fileName());
        del.executeUpdate();
        for (IngestIssue issue : issues.get(i)) {
          iss.setObject(1, s.snapshot());
          iss.setString(2, s.fileName());
          iss.setString(3, issue.kind());
          iss.setString(4, issue.reason());
          iss.setLong(5, issue.records());
          iss.setLong(6, issue.firstLine());
          iss.executeUpdate();
        }
      }
    }
  }

  /** Binds six provenance columns from {@code first}, all NULL when there is none. */
  private static void setProvenance(PreparedStatement ps, int first, Provenance p)
      throws SQLException {
    ps.setString(first, p == null ? null : p.source());
    ps.setString(first + 1, p == null ? null : p.url());
    ps.setObject(first + 2, p == null ? null : utc(p.fetchedAt()));
    ps.setObject(first + 3, p == null ? null : utc(p.checkedAt()));
    ps.setString(first + 4, p == null ? null : p.etag());
    ps.setString(first + 5, p == null ? null : p.lastModified());
  }

  /** An instant as the UTC wall time a TIMESTAMP column holds. */
  private static java.time.LocalDateTime utc(Instant t) {
    return java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
  }

  @Override
  public void close() {
    try {
      deleteStagingFolder();
    } catch (IOException e) {
      // a folder left behind is emptied by the next ingest
    }
    if (done) {
      restore();
      return;
    }
    try {
      for (DuckDBAppender a : datasetAppenders.values()) {
        if (!a.isClosed()) {
          a.close();
        }
      }
    } catch (SQLException ignored) {
      // the rollback below discards whatever the appenders held
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new ObservatoryException("cannot roll back the ingest: " + e.getMessage(), e);
    } finally {
      restore();
    }
  }

  private void restore() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new ObservatoryException("cannot end the ingest transaction: " + e.getMessage(), e);
    }
  }
}
