package org.observatory.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBConnection;
import org.observatory.model.ObservatoryException;

/**
 * The staged rows of one input file: batches of CSV text ({@link StageRows}) appended, in file
 * order, to two files in the ingest's staging folder, then read into the staging tables by one
 * {@code INSERT ... SELECT} each over DuckDB's parallel CSV reader ({@link #load()}). The files are
 * deleted when loaded or closed.
 */
public final class StagingFile implements AutoCloseable {
  /**
   * DuckDB's default longest CSV line; longer rows raise it (and the reader's buffer) for a file.
   */
  private static final long DEFAULT_LINE = 2L << 20;

  private static final long DEFAULT_BUFFER = 32L << 20;

  private final DuckDBConnection connection;
  private final LocalDate snapshot;
  private final String sourceFile;
  private final Path modelsCsv;
  private final Path edgesCsv;
  private final OutputStream models;
  private final OutputStream edges;
  private long longestRow;
  private boolean closed;

  StagingFile(
      DuckDBConnection connection, Path folder, int n, LocalDate snapshot, String sourceFile) {
    this.connection = connection;
    this.snapshot = snapshot;
    this.sourceFile = sourceFile;
    this.modelsCsv = folder.resolve("models-" + n + ".csv");
    this.edgesCsv = folder.resolve("edges-" + n + ".csv");
    try {
      this.models = new BufferedOutputStream(Files.newOutputStream(modelsCsv), 1 << 20);
      this.edges = new BufferedOutputStream(Files.newOutputStream(edgesCsv), 1 << 16);
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot write the staging files in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Appends one batch (after the batches written before it). */
  public void write(StageRows rows) {
    try {
      models.write(rows.modelBytes());
      edges.write(rows.edgeBytes());
      longestRow = Math.max(longestRow, rows.longestRowBytes());
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot write the staging file " + modelsCsv + ": " + e.getMessage(), e);
    }
  }

  /** Reads the staged rows into the staging tables of the ingest, then deletes the files. */
  public void load() {
    closeStreams();
    long line = Math.max(DEFAULT_LINE, longestRow + 1024);
    long buffer = Math.max(DEFAULT_BUFFER, 2 * line);
    try {
      try (PreparedStatement ps = connection.prepareStatement(Store.SQL.get("stage_models"))) {
        ps.setObject(1, snapshot);
        ps.setString(2, sourceFile);
        ps.setString(3, modelsCsv.toAbsolutePath().toString());
        ps.setLong(4, line);
        ps.setLong(5, buffer);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = connection.prepareStatement(Store.SQL.get("stage_edges"))) {
        ps.setObject(1, snapshot);
        ps.setString(2, edgesCsv.toAbsolutePath().toString());
        ps.setLong(3, line);
        ps.setLong(4, buffer);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new ObservatoryException(
          "cannot stage the records of " + sourceFile + ": " + e.getMessage(), e);
    } finally {
      delete();
    }
  }

  @Override
  public void close() {
    closeStreams();
    delete();
  }

  private void closeStreams() {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream m = models;
        OutputStream e = edges) {
      m.flush();
      e.flush();
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot write the staging file " + modelsCsv + ": " + e.getMessage(), e);
    }
  }

  private void delete() {
    try {
      Files.deleteIfExists(modelsCsv);
      Files.deleteIfExists(edgesCsv);
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot delete the staging file " + modelsCsv + ": " + e.getMessage(), e);
    }
  }
}
