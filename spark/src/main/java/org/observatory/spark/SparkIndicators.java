package org.observatory.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.IndicatorCatalog;
import org.observatory.report.IndicatorEngine;
import org.observatory.report.IndicatorSpec;

/**
 * The {@code spark-submit} entry point: computes every indicator the Spark engine supports for one
 * snapshot of a Parquet folder and writes them as JSON, {@code {"snapshot": ..., "indicators":
 * {name: [rows]}}}.
 *
 * <pre>
 * spark-submit --class org.observatory.spark.SparkIndicators spark/target/observatory-spark.jar \
 *   PARQUET_DIR SNAPSHOT_DATE OUT.json
 * </pre>
 */
public final class SparkIndicators {
  private SparkIndicators() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: SparkIndicators PARQUET_DIR SNAPSHOT_DATE OUT.json (got " + args.length + ")");
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("observatory-indicators")
            // months and years of created_at are UTC, as in the DuckDB report
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      write(spark, args[0], LocalDate.parse(args[1]), Path.of(args[2]));
    } finally {
      spark.stop();
    }
  }

  /** Computes the indicators of {@code date} from {@code dir} and writes them to {@code out}. */
  public static Map<String, Object> write(SparkSession spark, String dir, LocalDate date, Path out)
      throws IOException {
    Map<String, Object> indicators = new LinkedHashMap<>();
    try (SparkEngine engine =
        new SparkEngine(spark, dir, OriginRegistry.bundled(), LicenseClassifier.bundled())) {
      for (IndicatorSpec spec : IndicatorCatalog.bundled()) {
        if (engine.capabilities().contains(IndicatorEngine.Capability.of(spec))) {
          List<Map<String, Object>> rows = engine.run(spec.name(), date);
          indicators.put(spec.name(), rows);
        }
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("snapshot", date.toString());
    doc.put("indicators", indicators);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), doc);
    return doc;
  }
}
