package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.bench.ConcurrentIngest;
import org.observatory.browser.Browser;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;
import org.observatory.store.StoreBusyException;
import org.observatory.web.ServedDatabase;
import org.observatory.web.WebApp;
import org.observatory.web.WebServices;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} beside an {@code ingest} in another process, on the demo database: the command as a
 * user starts it, the served copy while a writer holds the file, a reader that makes the writer
 * wait, and the load check with a smaller count.
 */
class ServeConcurrencyIT {
  private static final LocalDate NEW = LocalDate.of(2026, 1, 1);

  @TempDir static Path demo;
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void buildTheDemoDatabase() {
    CliRun run = CliRun.of("demo", "--out", demo.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Path servedCopy() throws IOException {
    Path db = dir.resolve("served.duckdb");
    Files.copy(demo.resolve("observatory.duckdb"), db);
    return db;
  }

  @Test
  void observatoryServeAsAUserStartsItShowsTheDashboardOnLoopback() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process serve =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.observatory.Main",
                "serve",
                "--db",
                demo.resolve("observatory.duckdb").toString(),
                "--port",
                "0")
            .redirectError(dir.resolve("serve.err").toFile())
            .start();
    try (Browser browser = Browser.start(1280, 1000)) {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      Matcher m = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        m = Pattern.compile("dashboard (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
        if (m.find()) {
          break;
        }
      }
      assertThat(m).as("serve printed its address").isNotNull();
      String base = m.group(1);

      assertThat(get(base + "/api/v1/snapshots").body()).contains("2025-04-26", "2025-10-12");
      browser.open(URI.create(base + "/adoption"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(
              d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
      assertThat(
              browser.driver().findElements(By.cssSelector("#chart-downloads_by_origin svg path")))
          .isNotEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }

  @Test
  void whileAnIngestInAnotherProcessHoldsTheFileTheServerAnswersFromItsCopy() throws Exception {
    Path db = servedCopy();
    Path records = new HubRecordGenerator(3).write(dir.resolve("records.jsonl"), 40_000).path();
    try (ServedDatabase served = ServedDatabase.open(db, Duration.ofMillis(50))) {
      Javalin app =
          WebApp.create(
                  new WebServices(served, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .start("127.0.0.1", 0);
      try {
        String api = "http://127.0.0.1:" + app.port() + "/api/v1";
        ConcurrentIngest ingest =
            ConcurrentIngest.start(
                db, dir, "--snapshot", NEW.toString(), "--format", "hub-jsonl", records.toString());
        boolean sawWriter = false;
        int answered = 0;
        while (ingest.running()) {
          try (Store copy = Store.copyOf(db)) {
            assertThat(copy.snapshots()).isNotEmpty();
          } catch (StoreBusyException busy) {
            sawWriter = true;
            HttpResponse<String> r =
                get(api + "/indicators/downloads_by_origin?snapshot=2025-04-26");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            answered++;
          }
          Thread.sleep(20);
        }

        assertThat(ingest.waitFor())
            .as("the ingest waited out the copies: " + Files.readString(dir.resolve("ingest.log")))
            .isZero();
        assertThat(sawWriter).as("the writer held the file for a while").isTrue();
        assertThat(answered).isPositive();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!get(api + "/snapshots").body().contains(NEW.toString())
            && System.nanoTime() < deadline) {
          Thread.sleep(50); // a request after a change of the file queues a new copy
        }
        assertThat(get(api + "/snapshots").body()).contains(NEW.toString());
        assertThat(served.status().generation()).isGreaterThan(1);
        assertThat(get(api + "/indicators/downloads_by_origin?snapshot=" + NEW).statusCode())
            .isEqualTo(200);
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void aWriterWaitsForAReaderThatHoldsTheFileBriefly() throws Exception {
    Path db = servedCopy();
    Path csv = dir.resolve("more.csv");
    Files.writeString(csv, "id,author,downloads\nacme/one,acme,5\n");
    ConcurrentIngest ingest;
    try (Store reader = Store.openReadOnly(db)) {
      ingest = ConcurrentIngest.start(db, dir, "--snapshot", "2026-02-01", csv.toString());
      Thread.sleep(1500);
      assertThat(ingest.running()).as("the writer waits for the reader").isTrue();
    }
    assertThat(ingest.waitFor()).as(Files.readString(dir.resolve("ingest.log"))).isZero();
  }

  @Test
  void theLoadCheckSeesNo5xxWhileAnIngestRuns() {
    CliRun run =
        CliRun.of(
            "bench",
            "serve",
            "--db",
            demo.resolve("observatory.duckdb").toString(),
            "--requests",
            "60",
            "--records",
            "20000",
            "--max-bursts",
            "30");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("5xx or failed connections: 0", "exit 0 after")
        .containsPattern("during ingest +[\\d,]+ requests \\([\\d,]+ ended while the ingest")
        .containsPattern("by status +\\{200=\\d+\\}\\n(.|\\n)*by status +\\{200=60\\}");
    List<String> statuses = run.out().lines().filter(l -> l.contains("by status")).toList();
    assertThat(statuses).hasSize(2).allSatisfy(l -> assertThat(l).matches(".*\\{200=\\d+\\}"));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
