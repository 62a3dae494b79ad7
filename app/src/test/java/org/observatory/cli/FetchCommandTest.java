package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.HubRecords;
import org.observatory.testing.RecordedHub;
import org.observatory.testing.RecordedServer;
import org.observatory.testing.RecordedSources;
import org.observatory.testing.SharedData;

/**
 * {@code observatory fetch hub} as a user runs it, against 25 real records served as API pages of
 * 10.
 */
class FetchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ObjectNode> RECORDS = HubRecords.apiShaped(25);

  @TempDir Path tmp;
  private Path file;
  private RecordedHub hub;

  @BeforeEach
  void startHub() throws IOException {
    file = tmp.resolve("hub.jsonl");
    hub = RecordedHub.serving(RECORDS, 10);
  }

  @AfterEach
  void stopHub() {
    hub.close();
  }

  private CliRun fetch(String... more) {
    List<String> args = new ArrayList<>(List.of("fetch", "hub", "--out", file.toString()));
    args.addAll(List.of("--endpoint", hub.baseUrl().toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
  }

  @Test
  void fetchesEveryPageIntoAFileThatIngestReads() throws IOException {
    CliRun run = fetch("--token-env", "OBSERVATORY_TEST_NO_SUCH_VARIABLE");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Fetched hub from " + hub.baseUrl() + ": 1 file(s), 1 new, 0 changed")
        .contains("3 page(s) fetched: " + file + " holds 25 record(s).")
        .contains("Provenance: " + tmp.resolve("MANIFEST.json"))
        .contains("The listing is complete.")
        .contains("Next: observatory ingest --db DB --format hub-jsonl --snapshot ");
    assertThat(ids())
        .containsExactlyElementsOf(RECORDS.stream().map(r -> r.get("id").asText()).toList());
    assertThat(hub.requests())
        .extracting(RecordedServer.Request::authorization)
        .containsOnlyNulls();
    assertThat(tmp.resolve(".hub.jsonl.part.next")).doesNotExist();

    String db = tmp.resolve("o.duckdb").toString();
    CliRun ingest =
        CliRun.of(
            "ingest",
            "--db",
            db,
            "--format",
            "hub-jsonl",
            "--snapshot",
            "2025-04-22",
            file.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("25 records read, 25 stored, 0 skipped");
  }

  @Test
  void stopsAtTheLimit() throws IOException {
    CliRun run = fetch("--limit", "12");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ids()).hasSize(12);
    assertThat(run.out()).contains("2 page(s) fetched").contains("Stopped at --limit 12.");
  }

  @Test
  void sendsTheTokenFromTheNamedEnvironmentVariable() {
    // PATH is set wherever tests run; the only server it goes to is this one on 127.0.0.1.
    CliRun run = fetch("--token-env", "PATH");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(hub.requests())
        .extracting(RecordedServer.Request::authorization)
        .hasSize(3)
        .containsOnly("Bearer " + System.getenv("PATH"));
    assertThat(run.out()).contains(" as $PATH:");
  }

  @Test
  void reportsRetries() {
    hub.inject(1, RecordedServer.Fault.TOO_MANY_REQUESTS);

    CliRun run = fetch();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("HTTP 429; attempt 2 in 0.0 s: " + hub.baseUrl() + "/api/models?");
    assertThat(run.out()).contains("Retried 1 request(s)");
  }

  @Test
  void aNetworkFailureExitsOneAndTheNextRunResumes() throws IOException {
    hub.failFrom(2);
    CliRun failed = fetch();

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err())
        .contains(
            "error: GET " + hub.baseUrl() + "/api/models?expand%5B%5D=author&expand%5B%5D=cardData")
        .contains("&limit=1000&cursor=2 failed after 6 attempt(s): HTTP 503")
        .contains(
            tmp.resolve(".hub.jsonl.part")
                + " holds 20 records: run the same fetch again to resume");
    assertThat(tmp.resolve(".hub.jsonl.part.next")).exists();
    assertThat(file).doesNotExist();

    hub.heal();
    CliRun resumed = fetch();

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out())
        .contains("1 page(s) fetched")
        .contains("holds 25 record(s).")
        .contains("Resumed an interrupted fetch: 20 of them were already there.");
    assertThat(ids())
        .containsExactlyElementsOf(RECORDS.stream().map(r -> r.get("id").asText()).toList());
  }

  @Test
  void badArgumentsExitTwo() {
    assertThat(fetch("--limit", "0").exitCode()).isEqualTo(2);
    assertThat(fetch("--limit", "0").err()).contains("--limit must be at least 1");
    CliRun ftp =
        CliRun.of("fetch", "hub", "--out", file.toString(), "--endpoint", "ftp://example.org");
    assertThat(ftp.exitCode()).isEqualTo(2);
    assertThat(ftp.err()).contains("--endpoint");
    assertThat(CliRun.of("fetch", "hub", "--limit", "3").err())
        .contains("Missing required option: '--out=DIR'");
    assertThat(CliRun.of("fetch").exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("fetch", "hf-hub", "--out", tmp.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown source 'hf-hub' (hub, openrouter-models,");
    CliRun hubOnly = CliRun.of("fetch", "epoch", "--out", tmp.toString(), "--limit", "3");
    assertThat(hubOnly.exitCode()).isEqualTo(2);
    assertThat(hubOnly.err()).contains("apply to `fetch hub` only");
    assertThat(file).doesNotExist();
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void helpExplainsResuming() {
    CliRun run = CliRun.of("fetch", "hub", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--token-env=NAME").contains("MANIFEST.json");
    // picocli wraps the text (also inside file names): compare it without white space
    assertThat(run.out().replaceAll("\\s+", ""))
        .contains(".models.jsonl.part.next")
        .contains("runthesamecommandagain")
        .contains("500APIrequestsper5minutesperIPanonymously");
  }

  @Test
  void fetchesASourceIntoItsFolderThatIngestReads() throws IOException {
    try (RecordedServer server = RecordedServer.start()) {
      RecordedSources.on(server);
      Path dir = tmp.resolve("data");

      CliRun run =
          CliRun.of(
              "fetch", "epoch", "--out", dir.toString(), "--endpoint", server.baseUrl().toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains(
              "Fetched epoch from "
                  + server.baseUrl()
                  + ": 4 file(s), 4 new, 0 changed, 0 unchanged")
          .contains("new       epoch/notable_ai_models.csv")
          .contains("Provenance: " + dir.resolve("MANIFEST.json"))
          .contains("Next: observatory ingest --db DB " + dir.resolve("epoch"));
      assertThat(Files.readAllBytes(dir.resolve("epoch/notable_ai_models.csv")))
          .isEqualTo(Files.readAllBytes(SharedData.raw("epoch-ai/notable_ai_models.csv")));

      CliRun again =
          CliRun.of(
              "fetch", "epoch", "--out", dir.toString(), "--endpoint", server.baseUrl().toString());
      assertThat(again.out()).contains("4 file(s), 0 new, 0 changed, 4 unchanged, 0 removed.");

      CliRun ingest =
          CliRun.of(
              "ingest",
              "--db",
              tmp.resolve("o.duckdb").toString(),
              dir.resolve("epoch").toString());
      assertThat(ingest.exitCode()).as(ingest.err()).isZero();
      assertThat(ingest.out()).contains("epoch-models");

      CliRun listed =
          CliRun.of("snapshots", "--db", tmp.resolve("o.duckdb").toString(), "--format", "json");
      assertThat(listed.exitCode()).as(listed.err()).isZero();
      JsonNode notable = null;
      for (JsonNode d : JSON.readTree(listed.out()).path("datasets")) {
        if (d.path("file").asText().equals("notable_ai_models.csv")) {
          notable = d;
        }
      }
      assertThat(notable).isNotNull();
      assertThat(notable.path("provenance").path("url").asText())
          .isEqualTo(server.baseUrl() + "/data/notable_ai_models.csv");
      assertThat(notable.path("provenance").path("etag").asText()).startsWith("\"");
      assertThat(notable.path("provenance").path("fetched_at").asText()).endsWith("Z");
    }
  }

  @Test
  void aMissingSourceExitsOneNamingTheUrl() {
    try (RecordedServer server = RecordedServer.start()) {
      RecordedSources.on(server).rankings(List.of());
      server.remove(RecordedSources.LICENSES);

      CliRun run =
          CliRun.of(
              "fetch",
              "licenses",
              "--out",
              tmp.toString(),
              "--endpoint",
              server.baseUrl().toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains(
              "error: GET "
                  + server.baseUrl()
                  + RecordedSources.LICENSES
                  + " failed: HTTP 404 (not found: check the source and --endpoint)");
      assertThat(tmp.resolve("licenses")).doesNotExist();
    }
  }

  /** An endpoint without the Hub's listing: exit 1 naming the URL, nothing written. */
  @Test
  void anEndpointWithoutTheListingExitsOneNamingTheUrl() {
    try (RecordedServer server = RecordedServer.start()) {
      CliRun run =
          CliRun.of(
              "fetch", "hub", "--out", tmp.toString(), "--endpoint", server.baseUrl().toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("error: GET " + server.baseUrl() + "/api/models?expand%5B%5D=author")
          .contains("failed: HTTP 404 (not found: check the source and --endpoint)")
          .doesNotContain("attempt 2");
      assertThat(server.requests()).hasSize(1);
      assertThat(tmp.resolve("hub/models.jsonl")).doesNotExist();
    }
  }

  @Test
  void fetchesTheHubIntoAFolder() throws IOException {
    CliRun run =
        CliRun.of("fetch", "hub", "--out", tmp.toString(), "--endpoint", hub.baseUrl().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    file = tmp.resolve("hub/models.jsonl");
    assertThat(ids()).hasSize(25);
    assertThat(Files.readString(tmp.resolve("MANIFEST.json")))
        .contains("\"path\" : \"hub/models.jsonl\"")
        .contains("\"url\" : \"" + hub.baseUrl() + "/api/models?expand%5B%5D=author");

    String db = tmp.resolve("o.duckdb").toString();
    CliRun ingest =
        CliRun.of("ingest", "--db", db, "--snapshot", "2026-05-12", tmp.resolve("hub").toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    CliRun explain = CliRun.of("explain", "--db", db, "bigscience/bloom");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("source file: models.jsonl  (hub-jsonl, sha256 ")
        .contains("fetched from " + hub.baseUrl() + "/api/models?expand%5B%5D=author");
    JsonNode snapshot =
        JSON.readTree(CliRun.of("snapshots", "--db", db, "--format", "json").out())
            .path("snapshots")
            .get(0);
    assertThat(snapshot.path("date").asText()).isEqualTo("2026-05-12");
    assertThat(snapshot.path("sources").get(0).path("provenance").path("source").asText())
        .isEqualTo("hub");
    assertThat(snapshot.path("missing_sources")).isEmpty();
    assertThat(CliRun.of("snapshots", "--db", db).out()).contains("fetched from " + hub.baseUrl());
  }
}
