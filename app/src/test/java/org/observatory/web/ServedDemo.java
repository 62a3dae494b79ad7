package org.observatory.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.observatory.Main;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;

/**
 * The demo database ({@code observatory demo --out DIR}: the bundled real sample) served on a free
 * loopback port, as {@code serve} does, with an HTTP client for the tests.
 */
final class ServedDemo implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Path db;
  private final ServedDatabase database;
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  private ServedDemo(Path db, ServedDatabase database, Javalin app) {
    this.db = db;
    this.database = database;
    this.app = app;
  }

  /** Builds the demo database in {@code dir} and serves it. */
  static ServedDemo start(Path dir) {
    CliResult demo = cli("demo", "--out", dir.toString());
    if (demo.exitCode() != 0) {
      throw new IllegalStateException("demo failed: " + demo.err());
    }
    Path db = dir.resolve("observatory.duckdb");
    ServedDatabase database = ServedDatabase.open(db, Duration.ofMillis(100));
    Javalin app =
        WebApp.create(
                new WebServices(database, OriginRegistry.bundled(), LicenseClassifier.bundled()))
            .start("127.0.0.1", 0);
    return new ServedDemo(db, database, app);
  }

  /** One run of the command line, as a user types it. */
  record CliResult(int exitCode, String out, String err) {}

  static CliResult cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliResult(code, out.toString(), err.toString());
  }

  Path db() {
    return db;
  }

  ServedDatabase database() {
    return database;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  URI url(String path) {
    return URI.create(base() + path);
  }

  /** A GET of a path (sent as given, not normalised). */
  HttpResponse<String> get(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of a GET that must answer 200. */
  JsonNode json(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
