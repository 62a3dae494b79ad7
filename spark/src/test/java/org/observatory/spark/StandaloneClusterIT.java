package org.observatory.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SameFigures;

/**
 * The report on a real Spark cluster: a standalone master and two workers on 127.0.0.1, each a JVM
 * of its own ({@link LocalCluster}); {@code observatory report --engine spark --spark-master
 * spark://127.0.0.1:PORT} on the demo database (the bundled real sample: two snapshots, usage,
 * prices, openness, Epoch AI) prints the JSON of {@code --engine duckdb}; and so does the README's
 * {@code spark-submit} command, the spark module's jar reading what {@code export --all} wrote.
 */
class StandaloneClusterIT {
  @TempDir static Path dir;

  private static LocalCluster cluster;
  private static Path db;
  private static JsonNode duckDb;

  @BeforeAll
  static void startCluster() throws Exception {
    assertThat(Cli.run("demo", "--out", dir.resolve("demo").toString()).code()).isZero();
    db = dir.resolve("demo/observatory.duckdb");
    Cli report = Cli.run("report", "--db", db.toString(), "--format", "json");
    assertThat(report.code()).as(report.err()).isZero();
    duckDb = new ObjectMapper().readTree(report.out());
    cluster =
        LocalCluster.start(
            dir.resolve("cluster"), 2, System.getProperty("cluster.worker.memory", "1g"));
    // the driver (this JVM) answers the executors on the loopback interface, as the cluster does
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
  }

  @AfterAll
  static void stopCluster() {
    System.clearProperty("spark.driver.host");
    System.clearProperty("spark.driver.bindAddress");
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void reportOnTheClusterPrintsTheDuckDbJson() throws Exception {
    Cli spark =
        Cli.run(
            "report",
            "--db",
            db.toString(),
            "--format",
            "json",
            "--engine",
            "spark",
            "--spark-master",
            cluster.url());

    assertThat(spark.code()).as(spark.err()).isZero();
    SameFigures.assertSameJson(
        "report --engine spark", new ObjectMapper().readTree(spark.out()), duckDb);
    assertThat(
            Files.readString(cluster.log("worker-1")) + Files.readString(cluster.log("worker-2")))
        .as("both workers ran executors of the report")
        .containsPattern("(?s)Launching executor.*Launching executor|Asked to launch executor");
  }

  @Test
  void theReadmesSparkSubmitOfAnExportPrintsTheDuckDbJson() throws Exception {
    Path hub = dir.resolve("hub");
    Cli export = Cli.run("export", "--db", db.toString(), "--all", "--out", hub.toString());
    assertThat(export.code()).as(export.err()).isZero();
    Path out = dir.resolve("submit.json");
    int code =
        cluster.submit(
            List.of(
                "--master",
                cluster.url(),
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--class",
                "org.observatory.Main",
                Path.of("target/observatory-spark.jar").toAbsolutePath().toString(),
                "report",
                "--engine",
                "spark",
                "--parquet",
                hub.toString(),
                "--format",
                "json"),
            out);

    assertThat(code).as("spark-submit exit code; its log: " + dir.resolve("cluster/logs")).isZero();
    SameFigures.assertSameJson(
        "spark-submit report", new ObjectMapper().readTree(out.toFile()), duckDb);
  }

  /**
   * Not a test of figures but a measurement, run by hand: {@code bench engines} through {@code
   * spark-submit} on this cluster, e.g. {@code mvn -pl spark -am verify
   * -Dit.test=StandaloneClusterIT -Dcluster.bench.models=2500000 -Dcluster.worker.memory=4g};
   * prints its output (also in {@code target/cluster-bench-N.txt}). SCALING.md has the figures.
   */
  @Test
  @EnabledIfSystemProperty(named = "cluster.bench.models", matches = "[0-9]+")
  void benchEnginesOnTheCluster() throws Exception {
    String models = System.getProperty("cluster.bench.models");
    Path out = Path.of("target", "cluster-bench-" + models + ".txt").toAbsolutePath();
    int code =
        cluster.submit(
            List.of(
                "--master",
                cluster.url(),
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--driver-memory",
                "4g",
                "--executor-memory",
                System.getProperty("cluster.worker.memory", "1g"),
                "--class",
                "org.observatory.Main",
                Path.of("target/observatory-spark.jar").toAbsolutePath().toString(),
                "bench",
                "engines",
                "--models",
                models,
                "--dir",
                dir.resolve("bench").toString()),
            out);
    System.out.println(Files.readString(out));
    assertThat(code)
        .as("bench engines exit code; its log: " + dir.resolve("cluster/logs"))
        .isZero();
  }
}
