package org.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.testing.SharedData;

/**
 * The server's side of issue 12, over raw HTTP/1.1 on a loopback socket (a client library would
 * mend the requests): a foreign {@code Host} gets 403 (DNS rebinding), no CORS header is sent
 * unless asked for, Jetty's own errors (malformed URI, 414, 431, 505) have the JSON body of every
 * other error, {@code /api/v1/status} names the file only, and polling only the status picks up a
 * new copy.
 */
class ServerHardeningTest {
  @TempDir static Path dir;
  private static Path db;
  private static ServedDatabase database;
  private static Javalin app;
  private static Javalin open;

  @BeforeAll
  static void serve() {
    db = dir.resolve("served.duckdb");
    ServedDemo.CliResult run =
        ServedDemo.cli(
            "ingest",
            "--db",
            db.toString(),
            SharedData.raw("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv")
                .toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    database = ServedDatabase.open(db, Duration.ofMillis(20));
    WebServices services =
        new WebServices(database, OriginRegistry.bundled(), LicenseClassifier.bundled());
    app =
        WebApp.create(services, WebAccess.forBinding("127.0.0.1", List.of(), List.of()))
            .start("127.0.0.1", 0);
    open =
        WebApp.create(
                services,
                WebAccess.forBinding(
                    "127.0.0.1", List.of("observatory.lan"), List.of("https://example.org")))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (open != null) {
      open.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  /** A response as read off the socket. */
  record Reply(int status, String headers, String body) {
    JsonNode json() throws IOException {
      return ServedDemo.JSON.readTree(body);
    }

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private static Reply send(Javalin server, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      Reply r = new Reply(status, head, body);
      if ("chunked".equalsIgnoreCase(r.header("Transfer-Encoding"))) {
        r = new Reply(status, head, unchunk(body));
      }
      return r;
    }
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, eol + 2 + size);
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }

  private static Reply get(Javalin server, String path, String host, String... headers)
      throws IOException {
    StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String h : headers) {
      r.append(h).append("\r\n");
    }
    return send(server, r.append("Connection: close\r\n\r\n").toString());
  }

  private static String self(Javalin server) {
    return "127.0.0.1:" + server.port();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/v1/snapshots", "/", "/static/dashboard.css", "/api/v1/openapi.json"})
  void aForeignHostIsRefusedWithJson(String path) throws IOException {
    Reply r = get(app, path, "rebind.attacker.example:" + app.port());

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().get("status").asInt()).isEqualTo(403);
    assertThat(r.json().get("message").asText())
        .contains("rebind.attacker.example", "--allow-host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost", "[::1]", "LOCALHOST"})
  void theServersOwnNamesAreAnswered(String host) throws IOException {
    Reply r = get(app, "/api/v1/snapshots", host + ":" + app.port());

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("snapshots")).hasSize(1);
  }

  @Test
  void allowHostAddsANameAndAllowOriginAddsCors() throws IOException {
    assertThat(get(open, "/api/v1/snapshots", "observatory.lan").status()).isEqualTo(200);
    assertThat(get(open, "/api/v1/snapshots", "other.lan").status()).isEqualTo(403);

    Reply allowed = get(open, "/api/v1/snapshots", self(open), "Origin: https://example.org");
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://example.org");
    Reply other = get(open, "/api/v1/snapshots", self(open), "Origin: https://evil.example");
    assertThat(other.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void noCorsHeaderByDefaultWhateverTheOrigin() throws IOException {
    Reply r = get(app, "/api/v1/report", self(app), "Origin: https://evil.example");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().toLowerCase(Locale.ROOT)).doesNotContain("access-control-");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/%zz", "/api/v1/%", "/api/v1/models/%c0%af", "/%2e%2e/%2e%2e/etc/passwd"})
  void aMalformedUriGetsTheJsonErrorBody(String path) throws IOException {
    Reply r = get(app, path, self(app));

    assertThat(r.status()).isBetween(400, 404);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().get("status").asInt()).isEqualTo(r.status());
    assertThat(r.body()).doesNotContain("<html");
  }

  @Test
  void aUriTooLongGets414AsJson() throws IOException {
    Reply r = get(app, "/api/v1/search?q=" + "a".repeat(100_000), self(app));

    assertThat(r.status()).isEqualTo(414);
    assertThat(r.json().get("status").asInt()).isEqualTo(414);
  }

  @Test
  void headersTooLargeGet431AsJson() throws IOException {
    Reply r = get(app, "/api/v1/status", self(app), "X-Big: " + "b".repeat(100_000));

    assertThat(r.status()).isEqualTo(431);
    assertThat(r.json().get("status").asInt()).isEqualTo(431);
  }

  @Test
  void anUnsupportedHttpVersionGets505AsJson() throws IOException {
    Reply r = send(app, "GET /api/v1/status HTTP/9.9\r\nHost: " + self(app) + "\r\n\r\n");

    assertThat(r.status()).isIn(400, 505);
    assertThat(r.json().get("status").asInt()).isEqualTo(r.status());
  }

  @Test
  void statusNamesTheFileOnlyAndPollingItPicksUpANewCopy() throws Exception {
    long first = get(app, "/api/v1/status", self(app)).json().get("generation").asLong();
    Path good = Files.copy(db, dir.resolve("good.duckdb"), StandardCopyOption.REPLACE_EXISTING);

    Files.writeString(db, "[{\"id\":\"not/a-database\"}]");
    JsonNode broken = pollStatus(s -> !s.get("last_failure").isNull());
    assertThat(broken.get("last_failure").asText())
        .contains("served.duckdb")
        .doesNotContain(dir.toString());
    assertThat(broken.get("database").asText()).isEqualTo("served.duckdb");

    Files.copy(good, db, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(
        db, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    JsonNode reloaded = pollStatus(s -> s.get("generation").asLong() > first);
    assertThat(reloaded.get("last_failure").isNull()).isTrue();
  }

  private JsonNode pollStatus(java.util.function.Predicate<JsonNode> until) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode s = null;
    while (System.nanoTime() < deadline) {
      s = get(app, "/api/v1/status", self(app)).json();
      if (until.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("status never changed as expected: " + s);
  }
}
