package org.observatory.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 (its own, or a {@link RecordedServer} it is mounted on) that
 * serves recorded records as {@code /api/models} does: pages of a fixed size, each with a {@code
 * Link: <...&cursor=N>; rel="next"} header while more remain; with {@code expand[]} parameters only
 * the expanded properties and the id of each record, as the Hub answers them. Faults can be queued
 * per page, or every request from some page on can fail, to play rate limits, outages and dropped
 * connections.
 */
public final class RecordedHub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID_TOKEN =
      "{\"error\":\"Invalid credentials in Authorization header\"}";
  private static final Pattern CURSOR = Pattern.compile("(?:^|&)cursor=(\\d+)");

  /** What to do instead of serving a page. */
  public enum Fault {
    /** HTTP 429 with {@code Retry-After: 0}. */
    TOO_MANY_REQUESTS,
    /** HTTP 503 without Retry-After. */
    UNAVAILABLE,
    /** HTTP 401. */
    UNAUTHORIZED,
    /** HTTP 404 with the Hub's JSON error, as for a listing the endpoint does not have. */
    NOT_FOUND,
    /** Close the connection without a response. */
    DROP,
    /** Announce the whole page's length, send half of it, close the connection. */
    CUT_OFF
  }

  /** A request as the server saw it. */
  public record Request(String query, String authorization) {}

  private static final Pattern EXPAND = Pattern.compile("(?:^|&)expand(?:%5B%5D|\\[\\])?=([^&]*)");

  private final HttpServer server;
  private final RecordedServer host;
  private final List<List<ObjectNode>> pages = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final int pageSize;
  private final Map<Integer, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int failingFrom = Integer.MAX_VALUE;

  private RecordedHub(List<ObjectNode> records, int pageSize, RecordedServer host)
      throws IOException {
    this.pageSize = pageSize;
    replace(records);
    this.host = host;
    if (host == null) {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/models", this::handle);
      server.start();
    } else {
      server = null;
      host.mount("/api/models", this::handle);
    }
  }

  public static RecordedHub serving(List<ObjectNode> records, int pageSize) throws IOException {
    return new RecordedHub(records, pageSize, null);
  }

  /** The listing mounted on {@code host}, beside the other recorded sources. */
  public static RecordedHub on(RecordedServer host, List<ObjectNode> records, int pageSize)
      throws IOException {
    return new RecordedHub(records, pageSize, host);
  }

  public URI baseUrl() {
    return host != null
        ? host.baseUrl()
        : URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves these records from now on (the Hub as it is a week later, say). */
  public RecordedHub replace(List<ObjectNode> records) {
    List<List<ObjectNode>> paged = new ArrayList<>();
    for (int i = 0; i < records.size(); i += pageSize) {
      paged.add(List.copyOf(records.subList(i, Math.min(records.size(), i + pageSize))));
    }
    pages.clear();
    pages.addAll(paged);
    return this;
  }

  /** Queues faults for the next requests of a page (0-based), served before the page itself. */
  public RecordedHub inject(int page, Fault... queued) {
    faults.computeIfAbsent(page, p -> new ArrayDeque<>()).addAll(List.of(queued));
    return this;
  }

  /**
   * Every request for this page (0-based) or a later one gets HTTP 503 with {@code Retry-After: 0}
   * (so that no backoff slows the test) until {@link #heal()}.
   */
  public void failFrom(int page) {
    failingFrom = page;
  }

  public void heal() {
    failingFrom = Integer.MAX_VALUE;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(new Request(query, exchange.getRequestHeaders().getFirst("Authorization")));
    int page = cursor(query);
    if (page >= failingFrom) {
      exchange.getResponseHeaders().add("Retry-After", "0");
      respond(
          exchange, 503, "{\"error\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    Fault fault = faults.getOrDefault(page, new ArrayDeque<>()).poll();
    List<ObjectNode> records = page < pages.size() ? pages.get(page) : List.of();
    byte[] body = JSON.writeValueAsBytes(expanded(records, query));
    if (fault == null) {
      if (page + 1 < pages.size()) {
        String next = query.replaceAll("&cursor=\\d+", "") + "&cursor=" + (page + 1);
        exchange
            .getResponseHeaders()
            .add("Link", "<" + baseUrl() + "/api/models?" + next + ">; rel=\"next\"");
      }
      respond(exchange, 200, body);
    } else {
      fail(exchange, fault, body);
    }
  }

  private static void fail(HttpExchange exchange, Fault fault, byte[] body) throws IOException {
    switch (fault) {
      case TOO_MANY_REQUESTS:
        exchange.getResponseHeaders().add("Retry-After", "0");
        respond(exchange, 429, "{\"error\":\"rate limited\"}".getBytes(StandardCharsets.UTF_8));
        break;
      case UNAVAILABLE:
        respond(exchange, 503, "upstream unavailable".getBytes(StandardCharsets.UTF_8));
        break;
      case UNAUTHORIZED:
        respond(exchange, 401, INVALID_TOKEN.getBytes(StandardCharsets.UTF_8));
        break;
      case NOT_FOUND:
        respond(exchange, 404, "{\"error\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
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

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** With expand[] parameters, each record holds only the id and the expanded properties. */
  private static List<ObjectNode> expanded(List<ObjectNode> records, String query) {
    List<String> expand = new ArrayList<>();
    Matcher m = EXPAND.matcher(query == null ? "" : query);
    while (m.find()) {
      expand.add(java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }
    if (expand.isEmpty()) {
      return records;
    }
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode r : records) {
      ObjectNode o = JSON.createObjectNode();
      o.set("id", r.get("id"));
      for (String p : expand) {
        if (r.has(p)) {
          o.set(p, r.get(p));
        }
      }
      out.add(o);
    }
    return out;
  }

  private static int cursor(String query) {
    Matcher m = CURSOR.matcher(query);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
