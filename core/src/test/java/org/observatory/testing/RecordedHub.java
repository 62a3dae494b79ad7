package org.observatory.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.testing.RecordedServer.Fault;
import org.observatory.testing.RecordedServer.Request;

/**
 * The recorded Hub listing, a route of a {@link RecordedServer} (its own, or one it shares with the
 * other recorded sources): serves recorded records as {@code /api/models} does, pages of a fixed
 * size, each with a {@code Link: <...&cursor=N>; rel="next"} header while more remain; with {@code
 * expand[]} parameters only the expanded properties and the id of each record, as the Hub answers
 * them. Faults ({@link Fault}, played by the server) can be queued per page, or every request from
 * some page on can fail, to play rate limits, outages and dropped connections.
 */
public final class RecordedHub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/models";
  private static final Pattern CURSOR = Pattern.compile("(?:^|&)cursor=(\\d+)");
  private static final Pattern EXPAND = Pattern.compile("(?:^|&)expand(?:%5B%5D|\\[\\])?=([^&]*)");

  private final RecordedServer host;
  private final boolean ownsHost;
  private final List<List<ObjectNode>> pages = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final int pageSize;
  private volatile int failingFrom = Integer.MAX_VALUE;

  private RecordedHub(List<ObjectNode> records, int pageSize, RecordedServer host, boolean owns) {
    this.pageSize = pageSize;
    replace(records);
    this.host = host;
    this.ownsHost = owns;
    host.mount(PATH, this::handle);
  }

  /** The listing on a server of its own. */
  public static RecordedHub serving(List<ObjectNode> records, int pageSize) {
    return new RecordedHub(records, pageSize, RecordedServer.start(), true);
  }

  /** The listing mounted on {@code host}, beside the other recorded sources. */
  public static RecordedHub on(RecordedServer host, List<ObjectNode> records, int pageSize) {
    return new RecordedHub(records, pageSize, host, false);
  }

  public URI baseUrl() {
    return host.baseUrl();
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
    host.inject(pageKey(page), queued);
    return this;
  }

  /** The server's fault queue of a page. */
  private static String pageKey(int page) {
    return PATH + "#page=" + page;
  }

  /**
   * Every request for this page (0-based) or a later one gets {@link Fault#UNAVAILABLE_RETRY_NOW}
   * until {@link #heal()}.
   */
  public void failFrom(int page) {
    failingFrom = page;
  }

  public void heal() {
    failingFrom = Integer.MAX_VALUE;
  }

  /** The listing's requests, in order. */
  public List<Request> requests() {
    return host.requests(PATH);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    int page = cursor(query);
    Fault fault = page >= failingFrom ? Fault.UNAVAILABLE_RETRY_NOW : host.nextFault(pageKey(page));
    List<ObjectNode> records = page < pages.size() ? pages.get(page) : List.of();
    byte[] body = JSON.writeValueAsBytes(expanded(records, query));
    if (fault == null) {
      if (page + 1 < pages.size()) {
        String next = query.replaceAll("&cursor=\\d+", "") + "&cursor=" + (page + 1);
        exchange
            .getResponseHeaders()
            .add("Link", "<" + baseUrl() + "/api/models?" + next + ">; rel=\"next\"");
      }
      RecordedServer.respond(exchange, 200, body, "application/json");
    } else {
      RecordedServer.play(exchange, fault, body);
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
    if (ownsHost) {
      host.close();
    }
  }
}
