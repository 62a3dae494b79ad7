package org.observatory.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 that serves recorded responses by path, as the public sources do:
 * each body with an {@code ETag} (a hash of its bytes) and a fixed {@code Last-Modified}, a 304 to
 * a matching {@code If-None-Match}, redirects, and a JSON 404 for any other path. Faults can be
 * queued per path to play rate limits, outages and connections dropped mid-body. Other routes (the
 * recorded Hub listing, {@link RecordedHub}) are mounted on it and play their faults through the
 * same queue ({@link #nextFault}) and the same responses ({@link #play}).
 */
public final class RecordedServer implements AutoCloseable {
  public static final String LAST_MODIFIED = "Mon, 11 May 2026 08:00:00 GMT";

  /** How far ahead {@link Fault#TOO_MANY_REQUESTS_UNTIL} dates its {@code Retry-After}. */
  public static final int RETRY_AFTER_SECONDS = 2;

  /** What to do instead of answering a request. */
  public enum Fault {
    /** HTTP 429 with {@code Retry-After: 0}. */
    TOO_MANY_REQUESTS,
    /**
     * HTTP 429 with {@code Retry-After} as an HTTP date {@value #RETRY_AFTER_SECONDS} seconds after
     * the response's {@code Date}.
     */
    TOO_MANY_REQUESTS_UNTIL,
    /**
     * HTTP 503 with {@code Retry-After} as an HTTP date a day after the response's {@code Date}.
     */
    UNAVAILABLE_FOR_A_DAY,
    /** HTTP 503 without Retry-After. */
    UNAVAILABLE,
    /** HTTP 503 with {@code Retry-After: 0}, so that no backoff slows the test. */
    UNAVAILABLE_RETRY_NOW,
    /** HTTP 401, as for a token the server does not accept. */
    UNAUTHORIZED,
    /** HTTP 404 with a JSON error, as for a listing the endpoint does not have. */
    NOT_FOUND,
    /** Close the connection without a response. */
    DROP,
    /** Announce the whole body's length, send half of it, close the connection. */
    CUT_OFF
  }

  /** A request as the server saw it. */
  public record Request(String path, String query, Map<String, String> headers) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The {@code Authorization} header, or null. */
    public String authorization() {
      return header("Authorization");
    }
  }

  private record Body(byte[] bytes, String contentType, String etag) {}

  private final HttpServer server;
  private final Map<String, Body> bodies = new ConcurrentHashMap<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private RecordedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static RecordedServer start() {
    try {
      return new RecordedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Mounts another handler for a path prefix (the recorded Hub's {@code /api/models}). */
  public void mount(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          requests.add(request(exchange));
          handler.handle(exchange);
        });
  }

  /** Serves {@code bytes} at {@code path} (replacing what was served there). */
  public RecordedServer serve(String path, byte[] bytes, String contentType) {
    bodies.put(
        path, new Body(bytes.clone(), contentType, "\"" + sha256(bytes).substring(0, 20) + "\""));
    return this;
  }

  /** Serves a real file's bytes at {@code path}. */
  public RecordedServer serve(String path, Path file, String contentType) {
    try {
      return serve(path, Files.readAllBytes(file), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code path} with a 302 to {@code target} (a path on this server). */
  public RecordedServer redirect(String path, String target) {
    redirects.put(path, target);
    return this;
  }

  /** Stops serving {@code path}: it answers 404 from now on. */
  public RecordedServer remove(String path) {
    bodies.remove(path);
    redirects.remove(path);
    return this;
  }

  /**
   * Queues faults for the next requests of {@code path}, played before it is answered. A mounted
   * route may use its own keys (the Hub listing: one per page).
   */
  public RecordedServer inject(String path, Fault... queued) {
    faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(queued));
    return this;
  }

  /** The next fault queued for {@code key}, taken off the queue; null when none is. */
  Fault nextFault(String key) {
    Deque<Fault> queued = faults.get(key);
    return queued == null ? null : queued.poll();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests of one path. */
  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Request request = request(exchange);
    requests.add(request);
    String path = request.path();
    Body body = bodies.get(path);
    Fault fault = nextFault(path);
    if (fault != null) {
      play(exchange, fault, body == null ? new byte[64] : body.bytes());
      return;
    }
    String target = redirects.get(path);
    if (target != null) {
      exchange.getResponseHeaders().add("Location", baseUrl() + target);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
      return;
    }
    if (body == null) {
      json(exchange, 404, "{\"message\":\"Not Found\"}");
      return;
    }
    exchange.getResponseHeaders().add("ETag", body.etag());
    exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
    if (body.etag().equals(request.header("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      return;
    }
    respond(exchange, 200, body.bytes(), body.contentType());
  }

  private static Request request(HttpExchange exchange) {
    Map<String, String> headers = new java.util.HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    URI uri = exchange.getRequestURI();
    return new Request(uri.getPath(), uri.getRawQuery(), Map.copyOf(headers));
  }

  /**
   * Answers with {@code fault} instead of {@code body} (which {@link Fault#CUT_OFF} sends half of).
   */
  static void play(HttpExchange exchange, Fault fault, byte[] body) throws IOException {
    switch (fault) {
      case TOO_MANY_REQUESTS:
        exchange.getResponseHeaders().add("Retry-After", "0");
        json(exchange, 429, "{\"error\":\"rate limited\"}");
        break;
      case TOO_MANY_REQUESTS_UNTIL:
        datedRetry(exchange, 429, java.time.Duration.ofSeconds(RETRY_AFTER_SECONDS));
        break;
      case UNAVAILABLE_FOR_A_DAY:
        datedRetry(exchange, 503, java.time.Duration.ofDays(1));
        break;
      case UNAVAILABLE:
        respond(
            exchange, 503, "upstream unavailable".getBytes(StandardCharsets.UTF_8), "text/plain");
        break;
      case UNAVAILABLE_RETRY_NOW:
        exchange.getResponseHeaders().add("Retry-After", "0");
        json(exchange, 503, "{\"error\":\"Service Unavailable\"}");
        break;
      case UNAUTHORIZED:
        json(exchange, 401, "{\"error\":\"Invalid credentials in Authorization header\"}");
        break;
      case NOT_FOUND:
        json(exchange, 404, "{\"error\":\"Not Found\"}");
        break;
      case DROP:
        exchange.close();
        break;
      case CUT_OFF:
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body, 0, body.length / 2);
        exchange.getResponseBody().flush();
        exchange.close();
        break;
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  /**
   * A status with {@code Date} and {@code Retry-After} as HTTP dates, {@code wait} apart, as a
   * server behind a proxy sends them.
   */
  private static void datedRetry(HttpExchange exchange, int status, java.time.Duration wait)
      throws IOException {
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
    java.time.format.DateTimeFormatter http = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
    exchange.getResponseHeaders().set("Date", http.format(now));
    exchange.getResponseHeaders().add("Retry-After", http.format(now.plus(wait)));
    json(exchange, status, "{\"error\":\"try again later\"}");
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    respond(exchange, status, body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  static void respond(HttpExchange exchange, int status, byte[] body, String contentType)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
