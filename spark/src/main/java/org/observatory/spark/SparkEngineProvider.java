package org.observatory.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.observatory.license.LicenseClassifier;
import org.observatory.report.EngineProvider;
import org.observatory.report.IndicatorEngine;
import org.observatory.store.ParquetExport;

/**
 * {@code report --engine spark}: a Spark session on the cluster named by {@code --spark-master},
 * else on the one {@code spark-submit} set, else on this machine ({@code local[*]}); stopped when
 * the engine is closed. Unless the launcher sets {@code spark.sql.shuffle.partitions}, a shuffle
 * takes two tasks per core of the cluster.
 */
public final class SparkEngineProvider implements EngineProvider {
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public IndicatorEngine open(String dir, String master) {
    // a local folder is checked before a session starts (half a minute): an old or wrong folder
    // fails at once with one line; a URI is checked by the engine through the cluster's file system
    local(dir).ifPresent(ParquetExport::requireComplete);
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("observatory report")
            .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    if (!spark.sparkContext().getConf().contains(SHUFFLE_PARTITIONS)) {
      // Spark's default of 200 tasks per shuffle is for big data; a report's joins run dozens of
      // small jobs (one per lineage step), where two tasks per core are enough.
      spark
          .conf()
          .set(SHUFFLE_PARTITIONS, Integer.toString(2 * spark.sparkContext().defaultParallelism()));
    }
    return new SparkEngine(spark, dir, LicenseClassifier.bundled(), true);
  }

  /** The local folder {@code dir} names (a path or a {@code file:} URI), or empty for a URI. */
  static Optional<Path> local(String dir) {
    if (dir.startsWith("file:")) {
      return Optional.of(Path.of(URI.create(dir)));
    }
    return dir.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") ? Optional.empty() : Optional.of(Path.of(dir));
  }
}
