package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.HubRecords;
import org.observatory.testing.RecordedHub;
import org.observatory.testing.RecordedServer;
import org.observatory.testing.RecordedSources;

/**
 * {@code observatory update} end to end against every source recorded on 127.0.0.1 ({@link
 * RecordedSources}: the real files of shared/data/raw; the Hub: real records, {@link HubRecords}).
 */
class UpdateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ObjectNode> RECORDS = HubRecords.apiShaped(30);

  @TempDir Path tmp;
  private RecordedServer server;
  private RecordedSources sources;
  private RecordedHub hub;
  private Path data;
  private String db;
  private List<Path> weeks;

  @BeforeEach
  void start() throws IOException {
    server = RecordedServer.start();
    sources = RecordedSources.on(server);
    hub = RecordedHub.on(server, RECORDS.subList(0, 20), 10);
    weeks = RecordedSources.files("openrouter-weekly-top-models", ".json");
    sources.rankings(weeks.subList(0, 25));
    data = tmp.resolve("data");
    db = tmp.resolve("o.duckdb").toString();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun update(String date, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "update",
                "--db",
                db,
                "--data",
                data.toString(),
                "--snapshot",
                date,
                "--endpoint",
                server.baseUrl().toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static long downloads(List<ObjectNode> records) {
    return records.stream().mapToLong(r -> r.path("downloads").asLong()).sum();
  }

  @Test
  void twoRunsOnTwoDatesGiveTwoSnapshotsWithProvenance() throws IOException {
    CliRun first = update("2026-05-04");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Update of 2026-05-04 into " + data.resolve("2026-05-04"))
        .contains("Fetched hub from " + server.baseUrl() + ": 1 file(s), 1 new")
        .contains("Fetched epoch from " + server.baseUrl() + ": 4 file(s), 4 new")
        .contains("Fetched mof from " + server.baseUrl() + ": 273 file(s), 273 new")
        .contains("Snapshot 2026-05-04 is the first: 20 models.");

    // a week later: five more models, and bigscience/bloom (INTL) 1,000 more downloads
    List<ObjectNode> later = new ArrayList<>();
    RECORDS.subList(0, 25).forEach(r -> later.add(r.deepCopy()));
    later.get(0).put("downloads", later.get(0).path("downloads").asLong() + 1000);
    hub.replace(later);
    sources.rankings(weeks);
    CliRun second = update("2026-05-11", "--sources", "hub,openrouter-rankings,licenses");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("Started openrouter-rankings from the previous day's 25 file(s).")
        .contains(
            "Fetched openrouter-rankings from "
                + server.baseUrl()
                + ": 26 file(s), 1 new, 0 changed, 25 unchanged")
        .contains("Changes since snapshot 2026-05-04")
        .contains("models: 20 -> 25 (5 added, 0 removed)")
        .contains(
            String.format(
                "30-day downloads: %,d -> %,d (+1,000)",
                downloads(RECORDS.subList(0, 20)), downloads(later)))
        .containsPattern("INTL +1 +0 +0 +[0-9,]+ +[0-9,]+ +\\+1,000")
        .containsPattern("UNATTRIBUTED +23 +5 +0 ");
    // the earlier week was not downloaded again: the day's folder holds the same file
    Path week = Path.of("openrouter-rankings", weeks.get(0).getFileName().toString());
    assertThat(
            Files.isSameFile(
                data.resolve("2026-05-04").resolve(week), data.resolve("2026-05-11").resolve(week)))
        .isTrue();

    JsonNode listed = json("snapshots", "--db", db, "--format", "json");
    assertThat(listed.path("snapshots")).hasSize(2);
    for (JsonNode s : listed.path("snapshots")) {
      JsonNode p = s.path("sources").get(0).path("provenance");
      assertThat(p.path("source").asText()).isEqualTo("hub");
      assertThat(p.path("url").asText()).startsWith(server.baseUrl() + "/api/models?expand%5B%5D=");
      assertThat(p.path("fetched_at").asText()).endsWith("Z");
      assertThat(s.path("missing_sources")).isEmpty();
    }
    assertThat(listed.path("datasets"))
        .filteredOn(d -> d.path("format").asText().equals("openrouter-weekly"))
        .hasSize(26)
        .allSatisfy(d -> assertThat(d.path("provenance").path("url").asText()).contains("/raw/"));
    JsonNode report = json("report", "--db", db, "--format", "json");
    assertThat(report.path("snapshot").path("date").asText()).isEqualTo("2026-05-11");
    assertThat(
            report.path("snapshot").path("provenance").path("files").get(0).path("file").asText())
        .isEqualTo("models.jsonl");
    Path html = tmp.resolve("report.html");
    CliRun page = CliRun.of("report", "--db", db, "--format", "html", "--out", html.toString());
    assertThat(page.exitCode()).as(page.err()).isZero();
    assertThat(Files.readString(html))
        .contains("Fetched: hub, 1 file(s) from " + server.baseUrl() + "/api/models?expand%5B%5D=")
        .contains("Fetched: openrouter-rankings, 26 file(s) from " + server.baseUrl() + "/raw/");
  }

  @Test
  void theSameDayAgainGivesTheSameSnapshot() throws IOException {
    assertThat(update("2026-05-04", "--sources", "hub,llm-prices").exitCode()).isZero();
    JsonNode before = figures(json("report", "--db", db, "--format", "json"));

    CliRun again = update("2026-05-04", "--sources", "hub,llm-prices");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("11 file(s), 0 new, 0 changed, 11 unchanged");
    assertThat(figures(json("report", "--db", db, "--format", "json"))).isEqualTo(before);
    JsonNode snapshot = json("snapshots", "--db", db, "--format", "json").path("snapshots");
    assertThat(snapshot).hasSize(1);
    assertThat(snapshot.get(0).path("sources")).hasSize(1);
    assertThat(snapshot.get(0).path("models").asLong()).isEqualTo(20);
  }

  @Test
  void aSourceThatFailsLeavesTheDatabaseAsItWasUnlessPartialIsAllowed() throws IOException {
    assertThat(update("2026-05-04", "--sources", "hub,licenses,mof").exitCode()).isZero();
    String report = CliRun.of("report", "--db", db, "--format", "json").out();
    String listed = CliRun.of("snapshots", "--db", db, "--format", "json").out();
    hub.replace(RECORDS.subList(0, 25));
    server.remove(RecordedSources.MOF_ZIPBALL);

    CliRun failed = update("2026-05-11", "--sources", "hub,licenses,mof");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err())
        .contains(
            "could not fetch 1 source(s): mof (GET "
                + server.baseUrl()
                + RecordedSources.MOF_ZIPBALL)
        .contains("HTTP 404")
        .contains("The database is unchanged");
    assertThat(CliRun.of("report", "--db", db, "--format", "json").out()).isEqualTo(report);
    assertThat(CliRun.of("snapshots", "--db", db, "--format", "json").out()).isEqualTo(listed);

    CliRun partial = update("2026-05-11", "--sources", "hub,licenses,mof", "--allow-partial");

    assertThat(partial.exitCode()).as(partial.err()).isZero();
    assertThat(partial.out())
        .contains("NOT FETCHED mof from " + server.baseUrl())
        .contains("models: 20 -> 25 (5 added, 0 removed)");
    JsonNode day = json("snapshots", "--db", db, "--format", "json").path("snapshots").get(1);
    assertThat(day.path("date").asText()).isEqualTo("2026-05-11");
    assertThat(day.path("missing_sources")).hasSize(1);
    assertThat(day.path("missing_sources").get(0).path("source").asText()).isEqualTo("mof");
    JsonNode now = json("report", "--db", db, "--format", "json");
    assertThat(
            now.path("snapshot")
                .path("provenance")
                .path("missing_sources")
                .get(0)
                .path("source")
                .asText())
        .isEqualTo("mof");
    assertThat(now.path("credits").toString()).contains("Not fetched: mof");
  }

  /**
   * Without the Hub there is no snapshot of the day to record missing sources in: --allow-partial
   * refuses (exit 1, naming the Hub) and the database stays as it was.
   */
  @Test
  void aPartialUpdateWithoutTheHubIsRefused() throws IOException {
    assertThat(update("2026-05-04", "--sources", "hub,licenses").exitCode()).isZero();
    String report = CliRun.of("report", "--db", db, "--format", "json").out();
    String listed = CliRun.of("snapshots", "--db", db, "--format", "json").out();
    hub.failFrom(0);

    CliRun partial = update("2026-05-11", "--sources", "hub,licenses", "--allow-partial");

    assertThat(partial.exitCode()).isEqualTo(1);
    assertThat(partial.err())
        .contains("error: could not fetch the Hub (GET " + server.baseUrl() + "/api/models?")
        .contains("HTTP 503")
        .contains(
            "its listing is the snapshot of 2026-05-11, so --allow-partial has no snapshot to"
                + " record the missing sources in. The database is unchanged")
        .contains("leave the Hub out of --sources");
    assertThat(CliRun.of("report", "--db", db, "--format", "json").out()).isEqualTo(report);
    assertThat(CliRun.of("snapshots", "--db", db, "--format", "json").out()).isEqualTo(listed);
  }

  /**
   * An update of reference datasets only (no Hub asked for) that misses one: the others are
   * ingested, and the miss is listed by {@code snapshots} under its date, which has no snapshot.
   */
  @Test
  void aReferenceOnlyPartialUpdateListsItsMissingSourceUnderItsDate() throws IOException {
    assertThat(update("2026-05-04", "--sources", "hub,licenses").exitCode()).isZero();
    server.remove(RecordedSources.MOF_ZIPBALL);

    CliRun partial = update("2026-05-11", "--sources", "licenses,mof", "--allow-partial");

    assertThat(partial.exitCode()).as(partial.err()).isZero();
    assertThat(partial.out())
        .contains("NOT FETCHED mof from " + server.baseUrl())
        .contains("the missing sources are recorded for 2026-05-11 (`snapshots` lists them)")
        .contains("The Hub was not fetched: no new snapshot");
    JsonNode listed = json("snapshots", "--db", db, "--format", "json");
    assertThat(listed.path("snapshots")).hasSize(1);
    JsonNode missed = listed.path("missing_sources");
    assertThat(missed).hasSize(1);
    assertThat(missed.get(0).path("date").asText()).isEqualTo("2026-05-11");
    assertThat(missed.get(0).path("source").asText()).isEqualTo("mof");
    assertThat(missed.get(0).path("reason").asText()).contains("HTTP 404");
    assertThat(CliRun.of("snapshots", "--db", db).out())
        .contains("2026-05-11: mof was not fetched (" + server.baseUrl());
  }

  /** The report without the times a re-run moves forward (when each file was last confirmed). */
  private static JsonNode figures(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    for (JsonNode f : copy.path("snapshot").path("provenance").path("files")) {
      ((ObjectNode) f).remove("checked_at");
    }
    Iterator<JsonNode> credits = copy.path("credits").elements();
    while (credits.hasNext()) {
      if (credits.next().asText().startsWith("Fetched:")) {
        credits.remove();
      }
    }
    return copy;
  }
}
