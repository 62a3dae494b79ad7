package org.observatory.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may talk to the server. A request is answered only when its {@code Host} header names this
 * server (its loopback names, the address it listens on, and when it listens on every interface the
 * machine's own addresses and name), or a name given with {@code --allow-host}: a page of another
 * site whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name and gets 403.
 * No CORS header is sent, so no other site's script may read an answer, unless {@code
 * --allow-origin} names that site.
 *
 * @param hosts host names and addresses accepted in {@code Host}, lower case, without port
 * @param anyHost whether any {@code Host} is accepted ({@code --allow-host '*'})
 * @param origins origins given {@code Access-Control-Allow-Origin} ({@code *} for any)
 */
public record WebAccess(Set<String> hosts, boolean anyHost, Set<String> origins) {
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  public WebAccess {
    hosts = Set.copyOf(hosts);
    origins = Set.copyOf(origins);
  }

  /** Loopback names only, no CORS: what tests and a server on 127.0.0.1 need. */
  public static WebAccess loopback() {
    return new WebAccess(Set.copyOf(LOOPBACK), false, Set.of());
  }

  /**
   * The names a server bound to {@code bindHost} answers to, with the names and origins its options
   * add ({@code *} for any).
   */
  public static WebAccess forBinding(
      String bindHost, List<String> allowHosts, List<String> allowOrigins) {
    Set<String> hosts = new TreeSet<>(LOOPBACK);
    String bind = normalize(bindHost);
    boolean wildcard = bind.equals("0.0.0.0") || bind.equals("::") || bind.isEmpty();
    if (!wildcard) {
      hosts.add(bind);
    } else {
      hosts.addAll(machineNames());
    }
    boolean any = false;
    for (String h : allowHosts) {
      if (h.strip().equals("*")) {
        any = true;
      } else if (!h.isBlank()) {
        hosts.add(normalize(h));
      }
    }
    Set<String> origins = new TreeSet<>();
    for (String o : allowOrigins) {
      if (!o.isBlank()) {
        origins.add(o.strip());
      }
    }
    return new WebAccess(hosts, any, origins);
  }

  private static Set<String> machineNames() {
    Set<String> names = new TreeSet<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          names.add(normalize(a.getHostAddress().replaceFirst("%.*$", "")));
        }
      }
    } catch (SocketException e) {
      // loopback names only
    }
    try {
      InetAddress local = InetAddress.getLocalHost();
      names.add(normalize(local.getHostName()));
      names.add(normalize(local.getCanonicalHostName()));
    } catch (UnknownHostException e) {
      // no name for this machine
    }
    return names;
  }

  /** A host name or address as compared: lower case, without brackets and a trailing dot. */
  static String normalize(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** The host of a {@code Host} header value, without its port. */
  static String hostOf(String header) {
    String h = header.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return normalize(end < 0 ? h : h.substring(0, end + 1));
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
      h = h.substring(0, colon);
    }
    return normalize(h);
  }

  /** A request whose {@code Host} header names another server: 403. */
  static final class ForbiddenHostException extends RuntimeException {
    ForbiddenHostException(String message) {
      super(message);
    }
  }

  /** Runs before every request: refuses a foreign {@code Host}, adds CORS only when allowed. */
  void check(Context ctx) {
    String host = ctx.header("Host");
    if (!anyHost && host != null && !hosts.contains(hostOf(host))) {
      throw new ForbiddenHostException(
          "the Host header '"
              + host
              + "' does not name this server; a name it should answer to can be allowed with"
              + " --allow-host");
    }
    String origin = ctx.header("Origin");
    if (origin != null && (origins.contains("*") || origins.contains(origin))) {
      ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
      ctx.header("Vary", "Origin");
    }
  }
}
