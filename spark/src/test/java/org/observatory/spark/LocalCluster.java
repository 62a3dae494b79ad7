package org.observatory.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on 127.0.0.1: a master and workers, each a JVM of its own started from
 * the classes in spark-core (no download), as {@code sbin/start-master.sh} and {@code
 * start-worker.sh} would start them. {@code SPARK_HOME} is a folder whose {@code jars/} links the
 * jars of the test's class path but the Observatory's: the workers launch their executors from it,
 * as from a Spark distribution. {@link #submit} runs {@code spark-submit} the same way ({@code
 * org.apache.spark.deploy.SparkSubmit}, what the script runs).
 */
final class LocalCluster implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration SUBMIT = Duration.ofMinutes(10);

  private final Path home;
  private final Path logs;
  private final List<String> jvmFlags;
  private final int port;
  private final int uiPort;
  private final List<Process> processes = new ArrayList<>();

  private LocalCluster(Path home, Path logs, List<String> jvmFlags) throws IOException {
    this.home = home;
    this.logs = logs;
    this.jvmFlags = jvmFlags;
    this.port = freePort();
    this.uiPort = freePort();
  }

  /**
   * Starts a master and {@code workers} workers of one core and {@code workerMemory} each, and
   * waits until every worker has registered.
   */
  static LocalCluster start(Path dir, int workers, String workerMemory) throws Exception {
    Path home = sparkHome(dir.resolve("spark-home"));
    Path logs = Files.createDirectories(Path.of("target", "cluster-logs").toAbsolutePath());
    List<String> flags =
        List.of(System.getProperty("spark.jvm.flags", "").split(" ")).stream()
            .filter(s -> !s.isBlank())
            .toList();
    LocalCluster cluster = new LocalCluster(home, logs, flags);
    try {
      cluster.spawn(
          "master",
          List.of(
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              "" + cluster.port,
              "--webui-port",
              "" + cluster.uiPort));
      for (int i = 1; i <= workers; i++) {
        cluster.spawn(
            "worker-" + i,
            List.of(
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--port",
                "" + freePort(),
                "--webui-port",
                "" + freePort(),
                "--cores",
                "1",
                "--memory",
                workerMemory,
                "--work-dir",
                Files.createDirectories(dir.resolve("work-" + i)).toString(),
                cluster.url()));
      }
      cluster.awaitWorkers(workers);
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** The master's URL, {@code spark://127.0.0.1:PORT}. */
  String url() {
    return "spark://127.0.0.1:" + port;
  }

  /**
   * Runs {@code spark-submit ARGS} against this cluster in a JVM of its own, as the script would;
   * returns its exit code, with its standard output in {@code stdout}.
   */
  int submit(List<String> args, Path stdout) throws Exception {
    List<String> command = java("org.apache.spark.deploy.SparkSubmit");
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(logs.resolve("spark-submit.log").toFile());
    environment(pb.environment());
    Process p = pb.start();
    if (!p.waitFor(SUBMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IllegalStateException("spark-submit did not end within " + SUBMIT);
    }
    return p.exitValue();
  }

  /** The log of one process of the cluster ({@code master}, {@code worker-1}, ...). */
  Path log(String name) {
    return logs.resolve(name + ".log");
  }

  private void spawn(String name, List<String> main) throws IOException {
    List<String> command = java(main.get(0));
    command.addAll(main.subList(1, main.size()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(log(name).toFile());
    environment(pb.environment());
    processes.add(pb.start());
  }

  private List<String> java(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(home.resolve("jars") + "/*");
    command.add(mainClass);
    return command;
  }

  private void environment(Map<String, String> env) {
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
  }

  private void awaitWorkers(int workers) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START.toNanos();
    int alive = 0;
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "a process of the cluster ended (exit " + p.exitValue() + "); see " + logs);
        }
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode state = new ObjectMapper().readTree(r.body());
        alive = state.path("aliveworkers").asInt();
        if (alive >= workers) {
          return;
        }
      } catch (IOException notYet) {
        // the master's web UI is not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        alive + " of " + workers + " workers registered within " + START + "; see " + logs);
  }

  /**
   * A Spark home whose {@code jars/} links the jars of this test's class path (Spark's and their
   * dependencies, from the local Maven repository), leaving out the Observatory's own: the
   * application brings those, as on a user's cluster.
   */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (!name.endsWith(".jar") || name.startsWith("observatory-") || !Files.isRegularFile(jar)) {
        continue;
      }
      Path link = jars.resolve(name);
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return home;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops every process of the cluster (workers first, then the master) and waits for them. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }
}
