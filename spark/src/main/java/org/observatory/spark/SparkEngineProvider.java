package org.observatory.spark;

import org.apache.spark.sql.SparkSession;
import org.observatory.license.LicenseClassifier;
import org.observatory.report.EngineProvider;
import org.observatory.report.IndicatorEngine;

/**
 * {@code report --engine spark}: a Spark session on the cluster named by {@code --spark-master},
 * else on the one {@code spark-submit} set, else on this machine ({@code local[*]}); stopped when
 * the engine is closed.
 */
public final class SparkEngineProvider implements EngineProvider {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public IndicatorEngine open(String dir, String master) {
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
    return new SparkEngine(spark, dir, LicenseClassifier.bundled(), true);
  }
}
