package org.observatory.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.model.BadInputException;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.IndicatorSpec;
import org.observatory.store.ParquetExport;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;
import org.observatory.store.SqlCatalog;

/**
 * The Apache Spark engine. Reads what {@code observatory export} writes: the snapshots as Parquet
 * partitioned by {@code snapshot_date} ({@code models/}, {@code edges/}, {@code snapshots/}, {@code
 * snapshot_sources/}, {@code snapshot_issues/}) and the reference tables as the DuckDB engine
 * prepared them ({@code tables/NAME.parquet}: the origin registry, openness, usage, Epoch AI).
 * Prepares a snapshot into the tables every indicator reads ({@code r_nodes}, {@code r_roots},
 * {@code r_edges}, ..., with the columns the DuckDB engine gives them: the lineage by {@link
 * SparkLineage}, the license classes by core's classifier), then runs the same SQL: the common file
 * of each query, or an override under {@code sql/spark/} where Spark's dialect needs one.
 */
public final class SparkEngine implements IndicatorEngine {
  static final SqlCatalog SQL = new SqlCatalog("spark");

  /**
   * The columns of the exported edges, given so that a snapshot without edges (the folder holds no
   * file, e.g. the 2022 sample) reads as no rows.
   */
  private static final String EDGES =
      "child STRING, parent STRING, relation STRING, source STRING, snapshot_date DATE";

  private final SparkSession spark;
  private final String dir;
  private final LicenseClassifier licenses;
  private final boolean ownsSession;
  private boolean tablesRead;
  private boolean exportChecked;
  private LocalDate prepared;

  /**
   * @param dir the folder as Spark reads it: a local path or a URI ({@code hdfs://...}, {@code
   *     s3a://...})
   */
  public SparkEngine(SparkSession spark, String dir, LicenseClassifier licenses) {
    this(spark, dir, licenses, false);
  }

  /** An engine that stops {@code spark} when it is closed, if {@code ownsSession}. */
  SparkEngine(SparkSession spark, String dir, LicenseClassifier licenses, boolean ownsSession) {
    this.spark = spark;
    this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    this.licenses = licenses;
    this.ownsSession = ownsSession;
    // dates as java.time, timestamps in UTC: the values the DuckDB engine gives
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public String location() {
    return "the Parquet folder " + dir;
  }

  @Override
  public List<SnapshotInfo> snapshots() {
    checkExport();
    Map<LocalDate, List<SourceFile>> sources = new TreeMap<>();
    for (Row r : read("snapshot_sources").orderBy("snapshot_date", "file_name").collectAsList()) {
      LocalDate d = r.getAs("snapshot_date");
      sources
          .computeIfAbsent(d, k -> new ArrayList<>())
          .add(
              new SourceFile(
                  d,
                  r.getAs("file_name"),
                  r.getAs("sha256"),
                  r.getAs("format"),
                  r.<Long>getAs("records_read"),
                  r.<Long>getAs("records_stored"),
                  r.<Long>getAs("records_skipped"),
                  0));
    }
    List<SnapshotInfo> out = new ArrayList<>();
    for (Row r : read("snapshots").orderBy("snapshot_date").collectAsList()) {
      LocalDate d = r.getAs("snapshot_date");
      out.add(
          new SnapshotInfo(
              d,
              r.<Long>getAs("models"),
              r.<Long>getAs("edges"),
              r.<Long>getAs("nodes"),
              instant(r.getAs("ingested_at")),
              sources.getOrDefault(d, List.of())));
    }
    return out;
  }

  @Override
  public void prepare(LocalDate snapshot, Consumer<String> stepDone) {
    if (snapshot.equals(prepared)) {
      return;
    }
    prepared = null;
    readTables();
    spark
        .table("models")
        .where(col("snapshot_date").equalTo(lit(snapshot)))
        .createOrReplaceTempView("s_models");
    spark
        .read()
        .schema(EDGES)
        .parquet(dir + "/edges")
        .where(col("snapshot_date").equalTo(lit(snapshot)))
        .createOrReplaceTempView("s_edges");
    StructType day = new StructType().add("snapshot_date", DataTypes.DateType, false);
    spark
        .createDataFrame(List.of(RowFactory.create(snapshot)), day)
        .createOrReplaceTempView("r_snapshot");
    loadLicenses();
    stepDone.accept("lookups");
    new SparkLineage(spark).resolve();
    stepDone.accept("lineage");
    script(spark, "report_prepare");
    for (String view : List.of("r_nodes", "r_roots", "r_edges", "lineage_issues")) {
      spark.table(view).localCheckpoint().createOrReplaceTempView(view);
    }
    script(spark, "openness/link");
    spark.table("r_openness").localCheckpoint().createOrReplaceTempView("r_openness");
    prepared = snapshot;
    stepDone.accept("tables");
  }

  @Override
  public List<Map<String, Object>> run(IndicatorSpec spec, LocalDate snapshot) {
    prepare(snapshot, step -> {});
    String sql = SQL.get(spec.sql());
    if (spec.limit() > 0) {
      sql = sql.replace("LIMIT ?", "LIMIT " + spec.limit());
    }
    return rows(spark.sql(strip(sql)));
  }

  @Override
  public List<Map<String, Object>> rows(String query, LocalDate snapshot) {
    prepare(snapshot, step -> {});
    return rows(query(spark, query));
  }

  /**
   * Views of what the folder holds beside the snapshot being prepared, once: every snapshot's
   * models (for the time series) and ingest issues, and each reference table.
   */
  private void readTables() {
    if (tablesRead) {
      return;
    }
    checkExport();
    read("models").createOrReplaceTempView("models");
    read("snapshot_issues").createOrReplaceTempView("snapshot_issues");
    read("snapshot_sources").createOrReplaceTempView("snapshot_sources");
    try {
      org.apache.hadoop.fs.Path tables = new org.apache.hadoop.fs.Path(dir + "/tables");
      FileSystem fs = tables.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus f : fs.listStatus(tables)) {
        String name = f.getPath().getName();
        if (name.endsWith(".parquet")) {
          spark
              .read()
              .parquet(f.getPath().toString())
              .createOrReplaceTempView(name.substring(0, name.length() - ".parquet".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + "/tables", e);
    }
    tablesRead = true;
  }

  /**
   * Fails with one line naming what the folder lacks of what {@code observatory export} writes
   * today (an export older than a reference table, or no export at all), rather than with Spark's
   * "table or view not found" in the middle of a report; once.
   */
  private void checkExport() {
    if (exportChecked) {
      return;
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Optional<BadInputException> missing =
          ParquetExport.missing(dir, rel -> exists(fs, new org.apache.hadoop.fs.Path(root, rel)));
      if (missing.isPresent()) {
        throw missing.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    exportChecked = true;
  }

  private static boolean exists(FileSystem fs, org.apache.hadoop.fs.Path path) {
    try {
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private Dataset<Row> read(String folder) {
    return spark.read().parquet(dir + "/" + folder);
  }

  /** The snapshot's license classes, classified by core's classifier on the driver. */
  private void loadLicenses() {
    List<Row> rows = new ArrayList<>();
    for (Row c : query(spark, "snapshot_licenses").collectAsList()) {
      LicenseVerdict v = licenses.classify(c.getString(0), c.getString(1), c.getString(2));
      rows.add(
          RowFactory.create(
              c.getString(0), c.getString(1), c.getString(2), v.licenseClass().key()));
    }
    StructType schema =
        new StructType()
            .add("license", DataTypes.StringType, true)
            .add("license_name", DataTypes.StringType, true)
            .add("license_link", DataTypes.StringType, true)
            .add("class", DataTypes.StringType, false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("model_license");
  }

  /** Runs the statements of a script of the catalog. */
  static void script(SparkSession spark, String name) {
    for (String statement : SQL.statements(name)) {
      spark.sql(strip(statement));
    }
  }

  /** The result of one query of the catalog. */
  static Dataset<Row> query(SparkSession spark, String name) {
    return spark.sql(strip(SQL.get(name)));
  }

  /** Spark's parser takes one statement without the closing semicolon. */
  private static String strip(String sql) {
    String s = sql.strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Rows as column-name maps of the values the DuckDB engine gives: decimals as doubles, arrays as
   * lists, timestamps as local date-times (UTC).
   */
  static List<Map<String, Object>> rows(Dataset<Row> df) {
    StructType schema = df.schema();
    String[] columns = df.columns();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        Object v = r.isNullAt(i) ? null : r.get(i);
        if (v != null && schema.fields()[i].dataType() instanceof ArrayType) {
          v = new ArrayList<>(r.getList(i));
        } else if (v instanceof java.math.BigDecimal b) {
          v = b.doubleValue();
        } else if (v instanceof Instant t) {
          v = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        }
        m.put(columns[i], v);
      }
      out.add(m);
    }
    return out;
  }

  private static Instant instant(Object v) {
    if (v instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return (Instant) v;
  }

  @Override
  public void close() {
    prepared = null;
    if (ownsSession) {
      spark.stop();
    }
  }
}
