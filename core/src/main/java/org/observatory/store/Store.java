package org.observatory.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.observatory.model.ObservatoryException;
import org.observatory.model.Provenance;

/**
 * The Observatory's one store: a DuckDB database file (or an in-memory database), schema from SQL
 * resources. This class is its lifecycle (open, create, copy, read-only, the file's lock,
 * sessions), what it lists (snapshots, datasets, missing sources) and the named-query primitives
 * the engine and the ingest build on; its jobs live apart: {@link IngestTransaction}, {@link
 * ParquetExport}, {@link ParquetRows} and {@link Deletion}.
 */
public final class Store implements AutoCloseable {
  static final SqlCatalog SQL = new SqlCatalog("duckdb");

  private final DuckDBConnection connection;
  private final String location;

  private Store(DuckDBConnection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  /**
   * Opens (creating if needed) the database file and its schema. When another process holds the
   * file's lock (a reader such as {@code serve} copying it, which takes well under a second), waits
   * up to {@link #LOCK_WAIT} for it before failing.
   */
  public static Store open(Path file) {
    DatabaseFile.requireDuckDbOrAbsent(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new ObservatoryException(
          "cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    long pause = 20;
    while (true) {
      try {
        return init(
            (DuckDBConnection)
                DriverManager.getConnection(
                    "jdbc:duckdb:" + file.toAbsolutePath(), DatabaseFile.settings()),
            file.toString());
      } catch (SQLException e) {
        if (!isLockConflict(e) || System.nanoTime() > deadline) {
          throw new ObservatoryException(
              "cannot open the database " + file + ": " + e.getMessage(), e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ObservatoryException("interrupted while waiting for the lock of " + file, e);
      }
      pause = Math.min(pause * 2, 500);
    }
  }

  /** How long {@link #open} waits for a lock another process holds on the file. */
  public static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(20);

  /** DuckDB's answer when another process holds the file: one writer, or any number of readers. */
  static boolean isLockConflict(SQLException e) {
    return e.getMessage() != null && e.getMessage().contains("Could not set lock on file");
  }

  /**
   * A private in-memory copy of a database file, for a long-running reader such as {@code serve}.
   * The file is attached read-only only while it is copied (DuckDB's {@code COPY FROM DATABASE}),
   * so the file's lock is held for that moment alone and an ingest in another process can write to
   * the file the rest of the time. Fails with {@link StoreBusyException} while a writer holds it.
   */
  public static Store copyOf(Path file) {
    DatabaseFile.requireDuckDb(file);
    DuckDBConnection c = connect("jdbc:duckdb:", DatabaseFile.settings());
    try {
      try (PreparedStatement attach = c.prepareStatement(SQL.get("copy_attach"))) {
        attach.setString(1, file.toAbsolutePath().toString());
        attach.execute();
      }
      try (Statement st = c.createStatement()) {
        for (String sql : SQL.statements("copy_database")) {
          st.execute(sql);
        }
      }
      return new Store(c, file + " (in-memory copy)");
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (isLockConflict(e)) {
        throw new StoreBusyException(file + " is being written by another process", e);
      }
      throw new ObservatoryException("cannot copy the database " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Another connection to this store's database, with temporary tables of its own, for one thread;
   * close it after use (the database stays open while any of its connections is).
   */
  public Store session() {
    try {
      return new Store(connection.duplicate(), location);
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot open a connection to " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing database file for writing; a usage error when there is none (a command that
   * changes stored data never creates a database).
   */
  public static Store openExisting(Path file) {
    DatabaseFile.requireDuckDb(file);
    return open(file);
  }

  /**
   * Opens an existing database file read-only, so that an ingest can write to it beside this
   * reader.
   */
  public static Store openReadOnly(Path file) {
    DatabaseFile.requireDuckDb(file);
    Properties props = DatabaseFile.settings();
    props.setProperty("duckdb.read_only", "true");
    return new Store(connect("jdbc:duckdb:" + file.toAbsolutePath(), props), file.toString());
  }

  /** A private in-memory database with the schema, for the demo and for tests. */
  public static Store inMemory() {
    return init(connect("jdbc:duckdb:", DatabaseFile.settings()), ":memory:");
  }

  private static DuckDBConnection connect(String url, Properties props) {
    try {
      return (DuckDBConnection) DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      throw new ObservatoryException("cannot open the database " + url + ": " + e.getMessage(), e);
    }
  }

  private static Store init(DuckDBConnection connection, String location) {
    Store store = new Store(connection, location);
    try (Statement st = connection.createStatement()) {
      for (String sql : SQL.statements("schema")) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      store.close();
      throw new ObservatoryException(
          "cannot create the schema in " + location + ": " + e.getMessage(), e);
    }
    return store;
  }

  /**
   * The connection, for the store's jobs ({@link ParquetExport}, {@link Deletion}, {@link
   * ParquetRows}).
   */
  DuckDBConnection connection() {
    return connection;
  }

  /** Where the database lives, for messages. */
  public String location() {
    return location;
  }

  /**
   * Starts one all-or-nothing ingest: everything appended through the returned transaction becomes
   * visible at {@link IngestTransaction#commit()}, and nothing does if it is closed before.
   */
  public IngestTransaction beginIngest() {
    try {
      return new IngestTransaction(connection);
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot start an ingest in " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The stored snapshot of {@code date}, or the latest when null; a usage error naming the stored
   * dates when there is none.
   */
  public SnapshotInfo snapshot(LocalDate date) {
    return SnapshotInfo.resolve(snapshots(), date, "the database " + location);
  }

  /** Every snapshot with its counts and sources, oldest first. */
  public List<SnapshotInfo> snapshots() {
    Map<LocalDate, List<SourceFile>> sources = new LinkedHashMap<>();
    Map<LocalDate, Object[]> heads = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(SQL.get("list_snapshots"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        LocalDate date = rs.getObject(1, LocalDate.class);
        Timestamp at = rs.getTimestamp(5);
        heads.putIfAbsent(
            date, new Object[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), at.toInstant()});
        List<SourceFile> list = sources.computeIfAbsent(date, d -> new ArrayList<>());
        String file = rs.getString(6);
        if (file != null) {
          list.add(
              new SourceFile(
                  date,
                  file,
                  rs.getString(7),
                  rs.getString(8),
                  rs.getLong(9),
                  rs.getLong(10),
                  rs.getLong(11),
                  0,
                  provenance(rs, 12)));
        }
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot list snapshots in " + location + ": " + e.getMessage(), e);
    }
    List<SnapshotInfo> out = new ArrayList<>();
    heads.forEach(
        (date, h) ->
            out.add(
                new SnapshotInfo(
                    date,
                    (Long) h[0],
                    (Long) h[1],
                    (Long) h[2],
                    (java.time.Instant) h[3],
                    sources.get(date))));
    return out;
  }

  /**
   * The provenance in six columns from {@code first} (fetch_source, url, fetched_at, checked_at,
   * etag, last_modified), or null when the file did not come from a fetch.
   */
  private static Provenance provenance(ResultSet rs, int first) throws SQLException {
    String source = rs.getString(first);
    String url = rs.getString(first + 1);
    java.time.LocalDateTime fetched = rs.getObject(first + 2, java.time.LocalDateTime.class);
    if (source == null || url == null || fetched == null) {
      return null;
    }
    java.time.LocalDateTime checked = rs.getObject(first + 3, java.time.LocalDateTime.class);
    return new Provenance(
        source,
        url,
        fetched.toInstant(java.time.ZoneOffset.UTC),
        checked == null ? null : checked.toInstant(java.time.ZoneOffset.UTC),
        rs.getString(first + 4),
        rs.getString(first + 5));
  }

  /** Sources an {@code update --allow-partial} could not fetch, by snapshot date. */
  public List<Map<String, Object>> missingSources() {
    return query("list_missing_sources");
  }

  /**
   * The reference-dataset files ingested (usage, prices, openness), with their formats and record
   * counts.
   */
  public List<Map<String, Object>> datasets() {
    return query("list_datasets");
  }

  /**
   * Runs a named query with bound parameters and returns its rows as column-name maps (small
   * results only).
   */
  public List<Map<String, Object>> query(String name, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(SQL.get(name))) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= n; c++) {
            row.put(rs.getMetaData().getColumnLabel(c), plain(rs.getObject(c)));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "query " + name + " failed on " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * JDBC values as plain Java values: dates as java.time, HUGEINT as long, DECIMAL as double,
   * lists.
   */
  static Object plain(Object v) throws SQLException {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (v instanceof java.math.BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (v instanceof java.math.BigDecimal b) {
      return b.doubleValue();
    }
    if (v instanceof java.sql.Array a) {
      return java.util.Arrays.asList((Object[]) a.getArray());
    }
    return v;
  }

  /** Streams the rows of a named query to {@code handler}, without holding them (large results). */
  public void stream(String name, java.util.function.Consumer<Row> handler, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(SQL.get(name))) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        Row row = new ResultSetRow(rs);
        while (rs.next()) {
          handler.accept(row);
        }
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "query " + name + " failed on " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * (Re)creates a temporary table with the DDL of {@code ddlName} and fills it through the given
   * loader, for values computed outside SQL (lineage roots, the origin registry, license classes).
   */
  public void loadTemp(
      String ddlName, String table, java.util.function.Consumer<RowAppender> loader) {
    try (Statement st = connection.createStatement()) {
      for (String sql : SQL.statements(ddlName)) {
        st.execute(sql);
      }
      try (org.duckdb.DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
        loader.accept(new TableAppender(appender));
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot load " + table + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /** Runs the statements of a script resource (e.g. to build derived temporary tables). */
  public void execute(String name, Object... params) {
    try {
      for (String sql : SQL.statements(name)) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          for (int i = 0;
              i < params.length && i < ps.getParameterMetaData().getParameterCount();
              i++) {
            ps.setObject(i + 1, params[i]);
          }
          ps.execute();
        }
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "script " + name + " failed on " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ObservatoryException("cannot close " + location + ": " + e.getMessage(), e);
    }
  }
}
