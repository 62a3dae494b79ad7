package org.observatory.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.lineage.Lineage;
import org.observatory.lineage.LineageGraph;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.IndicatorSpec;
import org.observatory.store.SqlCatalog;

/**
 * The Apache Spark engine: reads a snapshot from Parquet ({@code <dir>/models} and {@code
 * <dir>/edges}, partitioned by {@code snapshot_date}, as {@code Store.exportSnapshot} writes them),
 * resolves lineage set-based into the tables every indicator reads ({@code r_nodes}, {@code
 * r_roots}, {@code r_edges}, with the columns the DuckDB engine gives them) and runs the
 * indicators' SQL: the common file under {@code sql/indicators/}, or an override under {@code
 * sql/spark/} where Spark's dialect needs one.
 *
 * <p>Lineage follows METHODOLOGY.md: self-edges are dropped; cycles are broken exactly as the
 * DuckDB path breaks them, by running core's {@link LineageGraph} on the only part of the graph
 * where the choice is made (the edges among nodes with a cycle among their ancestors, found by
 * peeling parentless nodes until nothing changes: small on real data); then every node's roots are
 * the fixpoint of "my roots are the union of my kept parents' roots", weight 1/k for k roots.
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
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;
  private LocalDate prepared;

  /**
   * @param dir the snapshot folder as Spark reads it: a local path or a URI ({@code hdfs://...},
   *     {@code s3a://...}) holding {@code models/} and {@code edges/}
   */
  public SparkEngine(
      SparkSession spark, String dir, OriginRegistry origins, LicenseClassifier licenses) {
    this.spark = spark;
    this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    this.origins = origins;
    this.licenses = licenses;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.SNAPSHOT_INDICATORS, Capability.FAMILIES);
  }

  @Override
  public List<Map<String, Object>> run(String indicator, LocalDate snapshot) {
    IndicatorSpec spec = IndicatorEngine.spec(indicator);
    if (!capabilities().contains(Capability.of(spec))) {
      throw new UnsupportedOperationException("the Spark engine does not compute " + indicator);
    }
    if (!snapshot.equals(prepared)) {
      prepare(snapshot);
      prepared = snapshot;
    }
    String sql = SQL.get(spec.sql());
    if (spec.limit() > 0) {
      sql = sql.replace("LIMIT ?", "LIMIT " + spec.limit());
    }
    return rows(spark.sql(strip(sql)));
  }

  /** Loads the snapshot's views, the lookups and the resolved lineage. */
  void prepare(LocalDate date) {
    String day = date.toString();
    spark
        .read()
        .parquet(dir + "/models")
        .where("snapshot_date = DATE'" + day + "'")
        .createOrReplaceTempView("s_models");
    spark
        .read()
        .schema(EDGES)
        .parquet(dir + "/edges")
        .where("snapshot_date = DATE'" + day + "'")
        .createOrReplaceTempView("s_edges");
    loadOrigins();
    loadLicenses();
    script("lineage_nodes");
    spark.table("lineage_nodes").localCheckpoint().createOrReplaceTempView("lineage_nodes");
    spark.table("pair_edges").localCheckpoint().createOrReplaceTempView("pair_edges");
    brokenCycles().createOrReplaceTempView("broken");
    script("lineage_kept_edges");
    spark.table("kept_edges").localCheckpoint().createOrReplaceTempView("kept_edges");
    resolveRoots();
    script("report_prepare");
    for (String view : List.of("r_nodes", "r_roots", "r_edges", "lineage_issues")) {
      spark.table(view).localCheckpoint().createOrReplaceTempView(view);
    }
  }

  /** The edges removed to break cycles, as the in-memory walk of the DuckDB path removes them. */
  private Dataset<Row> brokenCycles() {
    Dataset<Row> edges = spark.table("pair_edges");
    long count = edges.count();
    while (true) {
      edges.createOrReplaceTempView("peel_edges");
      Dataset<Row> next = spark.sql(strip(SQL.get("lineage_peel"))).localCheckpoint();
      long n = next.count();
      edges = next;
      if (n == count) {
        break;
      }
      count = n;
    }
    List<Row> cyclic = edges.orderBy("child", "parent").collectAsList();
    List<Row> broken = new ArrayList<>();
    if (!cyclic.isEmpty()) {
      java.util.TreeSet<String> ids = new java.util.TreeSet<>();
      for (Row r : cyclic) {
        ids.add(r.getString(0));
        ids.add(r.getString(1));
      }
      LineageGraph.Builder builder = new LineageGraph.Builder(ids.toArray(String[]::new));
      for (Row r : cyclic) {
        builder.edge(r.getString(0), r.getString(1));
      }
      Lineage lineage = builder.build().resolve();
      for (String[] e : lineage.brokenCycles()) {
        broken.add(RowFactory.create(e[0], e[1]));
      }
    }
    StructType schema =
        new StructType()
            .add("child", DataTypes.StringType, false)
            .add("parent", DataTypes.StringType, false);
    return spark.createDataFrame(broken, schema);
  }

  /** Iterates root propagation over the kept edges until no (id, root) pair is added. */
  private void resolveRoots() {
    Dataset<Row> pairs = spark.table("root_base").localCheckpoint();
    long count = pairs.count();
    while (true) {
      pairs.createOrReplaceTempView("pairs");
      Dataset<Row> next = spark.sql(strip(SQL.get("lineage_step"))).localCheckpoint();
      long n = next.count();
      pairs = next;
      if (n == count) {
        break;
      }
      count = n;
    }
    pairs.createOrReplaceTempView("pairs");
  }

  private void loadOrigins() {
    List<Row> rows = new ArrayList<>();
    for (Origin o : origins.rows()) {
      rows.add(RowFactory.create(o.author().toLowerCase(Locale.ROOT), o.origin()));
    }
    StructType schema =
        new StructType()
            .add("author_key", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("origins");
  }

  private void loadLicenses() {
    List<Row> rows = new ArrayList<>();
    for (Row c : spark.sql(strip(SQL.get("snapshot_licenses"))).collectAsList()) {
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

  private void script(String name) {
    for (String statement : SQL.statements(name)) {
      spark.sql(strip(statement));
    }
  }

  /** Spark's parser takes one statement without the closing semicolon. */
  private static String strip(String sql) {
    String s = sql.strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  /** Rows as column-name maps of plain values (decimals as doubles). */
  static List<Map<String, Object>> rows(Dataset<Row> df) {
    String[] columns = df.columns();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        Object v = r.get(i);
        m.put(columns[i], v instanceof java.math.BigDecimal b ? b.doubleValue() : v);
      }
      out.add(m);
    }
    return out;
  }

  @Override
  public void close() {
    prepared = null;
  }
}
