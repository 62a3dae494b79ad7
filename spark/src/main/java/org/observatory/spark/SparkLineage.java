package org.observatory.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.observatory.lineage.Lineage;
import org.observatory.lineage.LineageGraph;

/**
 * The lineage of one snapshot on Spark, set-based, as METHODOLOGY.md defines it: self-edges are
 * dropped; cycles are broken exactly as the DuckDB engine breaks them, by running core's {@link
 * LineageGraph} on the only part of the graph where the choice is made (the edges among nodes with
 * a cycle among their ancestors, found by peeling parentless nodes until nothing changes: small on
 * real data); then every node's roots are the fixpoint of "my roots are the union of my kept
 * parents' roots", each at its shortest distance. Reads the views {@code s_models} and {@code
 * s_edges}; leaves {@code lineage_nodes} (numbered), {@code pair_edges}, {@code broken}, {@code
 * kept_edges} and {@code pairs(id, root, depth)}.
 */
final class SparkLineage {
  private final SparkSession spark;

  SparkLineage(SparkSession spark) {
    this.spark = spark;
  }

  void resolve() {
    SparkEngine.script(spark, "lineage_nodes");
    checkpoint("lineage_nodes"); // fixes the node numbers
    checkpoint("pair_edges");
    brokenCycles().createOrReplaceTempView("broken");
    SparkEngine.script(spark, "lineage_kept_edges");
    checkpoint("kept_edges");
    roots();
  }

  private void checkpoint(String view) {
    spark.table(view).localCheckpoint().createOrReplaceTempView(view);
  }

  /** The edges removed to break cycles, as the in-memory walk of the DuckDB engine removes them. */
  private Dataset<Row> brokenCycles() {
    Dataset<Row> edges = spark.table("pair_edges");
    long count = edges.count();
    while (true) {
      edges.createOrReplaceTempView("peel_edges");
      Dataset<Row> next = SparkEngine.query(spark, "lineage_peel").localCheckpoint();
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
      TreeSet<String> ids = new TreeSet<>();
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
  private void roots() {
    Dataset<Row> pairs = spark.table("root_base").localCheckpoint();
    long count = pairs.count();
    while (true) {
      pairs.createOrReplaceTempView("pairs");
      Dataset<Row> next = SparkEngine.query(spark, "lineage_step").localCheckpoint();
      long n = next.count();
      pairs = next;
      if (n == count) {
        break;
      }
      count = n;
    }
    pairs.createOrReplaceTempView("pairs");
  }
}
