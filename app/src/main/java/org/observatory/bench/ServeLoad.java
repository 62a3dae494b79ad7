package org.observatory.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Bursts of concurrent GET requests from one Java {@link HttpClient} against a server on this
 * machine: each burst sends every request at once and waits for all; latency is from sending to the
 * last byte of the body. Connection failures count under status 0.
 */
final class ServeLoad {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private final List<String> paths;

  /**
   * @param base the server, e.g. {@code http://127.0.0.1:8080}
   * @param paths the request paths, used in turn
   */
  ServeLoad(URI base, List<String> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no request paths");
    }
    this.base = base;
    this.paths = List.copyOf(paths);
  }

  /** How many paths it asks for in turn. */
  int size() {
    return paths.size();
  }

  /** One request's outcome. */
  record Sample(String path, int status, long nanos, boolean duringWrite) {}

  /**
   * Sends bursts of {@code size} concurrent requests while {@code keepGoing} holds (at least one,
   * at most {@code maxBursts}); {@code writing} says, at each request's end, whether the writer was
   * still running.
   */
  List<Sample> bursts(int size, int maxBursts, BooleanSupplier keepGoing, BooleanSupplier writing) {
    List<Sample> all = new ArrayList<>();
    int n = 0;
    do {
      all.addAll(burst(size, n * size, writing));
      n++;
    } while (n < maxBursts && keepGoing.getAsBoolean());
    return all;
  }

  /** One burst of {@code size} concurrent requests, paths taken in turn from {@code offset}. */
  List<Sample> burst(int size, int offset, BooleanSupplier writing) {
    List<CompletableFuture<Sample>> inFlight = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String path = paths.get((offset + i) % paths.size());
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
      long start = System.nanoTime();
      inFlight.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (response, failure) ->
                      new Sample(
                          path,
                          failure == null ? response.statusCode() : 0,
                          System.nanoTime() - start,
                          writing.getAsBoolean())));
    }
    return inFlight.stream().map(CompletableFuture::join).toList();
  }

  /** The body of one GET, for setting up (status must be 200). */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** Requests by status code. */
  static Map<Integer, Long> byStatus(List<Sample> samples) {
    Map<Integer, Long> out = new TreeMap<>();
    samples.forEach(s -> out.merge(s.status(), 1L, Long::sum));
    return out;
  }

  /** The {@code n} paths with the highest median latency, as "path p50 ms" text. */
  static String slowest(List<Sample> samples, int n) {
    Map<String, List<Sample>> byPath = new TreeMap<>();
    samples.forEach(s -> byPath.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s));
    return byPath.entrySet().stream()
        .sorted(
            (a, b) ->
                Double.compare(
                    percentileMillis(b.getValue(), 0.5), percentileMillis(a.getValue(), 0.5)))
        .limit(n)
        .map(
            e ->
                e.getKey()
                    + String.format(
                        java.util.Locale.ROOT, " %.0f ms", percentileMillis(e.getValue(), 0.5)))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The latency below which {@code q} of the samples fall (nearest rank), in milliseconds. */
  static double percentileMillis(List<Sample> samples, double q) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(samples.stream().map(Sample::nanos).toList());
    Collections.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
