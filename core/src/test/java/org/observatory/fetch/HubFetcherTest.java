package org.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.testing.RecordedServer.Fault.CUT_OFF;
import static org.observatory.testing.RecordedServer.Fault.DROP;
import static org.observatory.testing.RecordedServer.Fault.NOT_FOUND;
import static org.observatory.testing.RecordedServer.Fault.TOO_MANY_REQUESTS;
import static org.observatory.testing.RecordedServer.Fault.UNAUTHORIZED;
import static org.observatory.testing.RecordedServer.Fault.UNAVAILABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.testing.HubRecords;
import org.observatory.testing.RecordedHub;
import org.observatory.testing.RecordedServer;

/** Fetches 25 real records, recorded as API pages of 10, from a real HTTP server on 127.0.0.1. */
class HubFetcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ObjectNode> RECORDS = HubRecords.apiShaped(25);
  private static final String EXPAND =
      "expand%5B%5D=author&expand%5B%5D=cardData&expand%5B%5D=createdAt&expand%5B%5D=downloads"
          + "&expand%5B%5D=downloadsAllTime&expand%5B%5D=gguf&expand%5B%5D=lastModified"
          + "&expand%5B%5D=library_name&expand%5B%5D=likes&expand%5B%5D=pipeline_tag"
          + "&expand%5B%5D=safetensors&expand%5B%5D=tags";

  @TempDir Path dir;
  private Path file;
  private RecordedHub hub;
  private final List<String> retries = new ArrayList<>();
  private final FetchProgress progress =
      new FetchProgress() {
        @Override
        public void retry(URI url, String failure, int attempt, Duration delay) {
          retries.add(failure + " -> wait " + delay.toMillis() + " ms");
        }
      };

  @BeforeEach
  void startHub() throws IOException {
    file = dir.resolve("hub_20250422.jsonl");
    hub = RecordedHub.serving(RECORDS, 10);
  }

  @AfterEach
  void stopHub() {
    hub.close();
  }

  private FetchOptions.Builder options() {
    return FetchOptions.builder()
        .baseUrl(hub.baseUrl())
        .baseDelay(Duration.ofMillis(1))
        .maxAttempts(4)
        .timeout(Duration.ofSeconds(5));
  }

  private FetchReport fetch(FetchOptions.Builder options) {
    return new HubFetcher(options.build()).fetch(file, progress);
  }

  private List<JsonNode> lines() throws IOException {
    return lines(file);
  }

  /** The working file of an unfinished fetch. */
  private Path part() {
    return SafeFile.partOf(file);
  }

  private static List<JsonNode> lines(Path path) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(path)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static void assertCounts(FetchReport r, int pages, long records, long resumed) {
    assertThat(List.of((long) r.pages(), r.records(), r.resumed()))
        .containsExactly((long) pages, records, resumed);
  }

  @Test
  void followsEveryPageAndWritesEachRecordAsOneLine() throws IOException {
    FetchReport report = fetch(options());

    assertThat(lines()).containsExactlyElementsOf(RECORDS);
    assertCounts(report, 3, 25, 0);
    assertThat(report.exhausted()).isTrue();
    assertThat(report.retries()).isZero();
    assertThat(report.bytes()).isEqualTo(Files.size(file));
    assertThat(report.sha256()).isEqualTo(SafeFile.digest(file).sha256());
    assertThat(hub.requests())
        .extracting(RecordedServer.Request::query)
        .containsExactly(
            EXPAND + "&limit=1000",
            EXPAND + "&limit=1000&cursor=1",
            EXPAND + "&limit=1000&cursor=2");
    assertThat(StateFile.beside(part()).path()).doesNotExist();
    assertThat(part()).doesNotExist();
  }

  @Test
  void asksForAllTimeDownloadsAndParameterCounts() throws IOException {
    fetch(options());

    assertThat(FetchOptions.EXPAND).contains("downloadsAllTime", "safetensors", "gguf");
    // bloom's record (the first) carries its safetensors parameter count through the expansion
    assertThat(lines().get(0).path("safetensors").path("total").asLong()).isEqualTo(176247271424L);
  }

  @Test
  void sendsSearchAndAuthorFilters() {
    fetch(options().search("Janus Pro").author("deepseek-ai").limit(5));

    assertThat(hub.requests().get(0).query())
        .isEqualTo(EXPAND + "&search=Janus+Pro&author=deepseek-ai&limit=5");
  }

  @Test
  void stopsAtTheLimit() throws IOException {
    FetchReport report = fetch(options().limit(12));

    assertThat(lines()).containsExactlyElementsOf(RECORDS.subList(0, 12));
    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.exhausted()).isFalse();
    assertThat(StateFile.beside(part()).path()).doesNotExist();
  }

  @Test
  void retriesRateLimitsOutagesAndBrokenConnections() throws IOException {
    // java.net.http itself repeats a GET once when a connection closes before any byte, so drop
    // twice.
    hub.inject(0, TOO_MANY_REQUESTS).inject(1, DROP, DROP, CUT_OFF).inject(2, UNAVAILABLE);

    FetchReport report = fetch(options());

    assertThat(lines()).containsExactlyElementsOf(RECORDS);
    assertThat(hub.requests()).hasSize(3 + 5);
    assertThat(report.retries()).isEqualTo(retries.size());
    assertThat(retries.get(0)).isEqualTo("HTTP 429 -> wait 0 ms"); // Retry-After: 0 honoured
    assertThat(retries.subList(1, retries.size() - 1))
        .hasSizeBetween(2, 3)
        .allSatisfy(r -> assertThat(r).startsWith("IOException"))
        .anySatisfy(r -> assertThat(r).contains("content-length"));
    assertThat(retries.get(retries.size() - 1)).isEqualTo("HTTP 503 -> wait 1 ms");
  }

  @Test
  void backsOffExponentiallyUpToTheMaximum() {
    FetchOptions options =
        options().baseDelay(Duration.ofMillis(500)).maxDelay(Duration.ofSeconds(3)).build();
    RetryingClient client = new RetryingClient(null, options, FetchProgress.NONE);

    assertThat(List.of(1, 2, 3, 4, 5, 60))
        .map(client::backoff)
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3));
  }

  @Test
  void failsNamingTheUrlAndStatusWhenRetriesRunOut() {
    hub.failFrom(1);

    assertThatThrownBy(() -> fetch(options().maxAttempts(3)))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining(
            "GET " + hub.baseUrl() + "/api/models?" + EXPAND + "&limit=1000&cursor=1")
        .hasMessageContaining("failed after 3 attempt(s): HTTP 503");
    assertThat(hub.requests()).hasSize(1 + 3);
  }

  @Test
  void doesNotRetryClientErrors() {
    hub.inject(0, UNAUTHORIZED);

    assertThatThrownBy(() -> fetch(options()))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("HTTP 401 (check the access token)")
        .hasMessageContaining("Invalid credentials");
    assertThat(hub.requests()).hasSize(1);
  }

  /**
   * A 404 (a mirror without the listing, a page the endpoint no longer has) is not retried: it
   * fails at once naming the URL, keeps the finished file and the pages so far for a resume.
   */
  @Test
  void aPageNotFoundFailsAtOnceNamingItsUrl() throws IOException {
    fetch(options());
    byte[] good = Files.readAllBytes(file);
    hub.inject(1, NOT_FOUND);
    int before = hub.requests().size();

    assertThatThrownBy(() -> fetch(options()))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining(
            "GET " + hub.baseUrl() + "/api/models?" + EXPAND + "&limit=1000&cursor=1")
        .hasMessageContaining("failed: HTTP 404 (not found: check the source and --endpoint)")
        .hasMessageContaining("Not Found")
        .hasMessageContaining(part() + " holds 10 records");
    assertThat(hub.requests()).hasSize(before + 2);
    assertThat(retries).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(good);
  }

  @Test
  void resumesAnInterruptedFetchWritingEveryRecordOnce() throws IOException {
    hub.failFrom(2);
    assertThatThrownBy(() -> fetch(options().maxAttempts(2)))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining(part() + " holds 20 records: run the same fetch again to resume");
    assertThat(file).doesNotExist();
    assertThat(lines(part())).hasSize(20);
    assertThat(StateFile.beside(part()).path()).exists();
    // A crash after the saved point: one more complete line, then half a line.
    Files.writeString(part(), RECORDS.get(20) + "\n{\"id\": \"Vezel/Da", StandardOpenOption.APPEND);
    hub.heal();
    int before = hub.requests().size();

    FetchReport report = fetch(options());

    assertThat(lines()).containsExactlyElementsOf(RECORDS);
    assertCounts(report, 1, 25, 20);
    assertThat(hub.requests().get(before).query()).endsWith("&cursor=2");
    assertThat(StateFile.beside(part()).path()).doesNotExist();
    assertThat(part()).doesNotExist();
  }

  @Test
  void aFailedFetchLeavesTheFinishedFileAsItWas() throws IOException {
    fetch(options());
    byte[] good = Files.readAllBytes(file);
    hub.inject(1, CUT_OFF, CUT_OFF, CUT_OFF);

    assertThatThrownBy(() -> fetch(options().maxAttempts(3)))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("is left as it was");

    assertThat(Files.readAllBytes(file)).isEqualTo(good);
    assertThat(lines(part())).hasSize(10);
  }

  @Test
  void anUnchangedListingLeavesTheFileUntouched() throws IOException {
    FetchReport first = fetch(options());
    java.nio.file.attribute.FileTime written =
        java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, written);

    FetchReport again = fetch(options());

    assertThat(first.changed()).isTrue();
    assertThat(again.changed()).isFalse();
    assertThat(again.sha256()).isEqualTo(first.sha256());
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
  }

  @Test
  void countsResumedRecordsTowardTheLimit() throws IOException {
    hub.failFrom(2);
    assertThatThrownBy(() -> fetch(options().maxAttempts(1)))
        .isInstanceOf(ObservatoryException.class);
    hub.heal();

    FetchReport report = fetch(options().limit(22));

    assertThat(lines()).containsExactlyElementsOf(RECORDS.subList(0, 22));
    assertThat(report.resumed()).isEqualTo(20);
  }

  @Test
  void refusesToResumeAnotherListing() throws IOException {
    hub.failFrom(1);
    assertThatThrownBy(() -> fetch(options().maxAttempts(1)))
        .isInstanceOf(ObservatoryException.class);
    byte[] partial = Files.readAllBytes(part());
    hub.heal();

    assertThatThrownBy(() -> fetch(options().author("bigscience")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(
            "unfinished fetch of " + hub.baseUrl() + "/api/models?" + EXPAND + ",")
        .hasMessageContaining("delete " + StateFile.beside(part()).path());
    assertThat(Files.readAllBytes(part())).isEqualTo(partial);
  }

  @Test
  void refusesToResumeAFileChangedSinceTheInterruption() throws IOException {
    hub.failFrom(2);
    assertThatThrownBy(() -> fetch(options().maxAttempts(1)))
        .isInstanceOf(ObservatoryException.class);
    Files.writeString(part(), RECORDS.get(0) + "\n");
    hub.heal();

    assertThatThrownBy(() -> fetch(options()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("changed since; delete " + StateFile.beside(part()).path());
  }

  @Test
  void startsOverWhenOnlyTheStateFileIsLeft() throws IOException {
    Files.writeString(StateFile.beside(part()).path(), "not even JSON");

    FetchReport report = fetch(options());

    assertThat(report.resumed()).isZero();
    assertThat(lines()).containsExactlyElementsOf(RECORDS);
  }

  @Test
  void replacesAFinishedFile() throws IOException {
    Files.writeString(file, "{\"id\": \"an/old-fetch\"}\n");

    fetch(options());

    assertThat(lines()).containsExactlyElementsOf(RECORDS);
  }

  @Test
  void sendsTheTokenOnlyWhenGiven() {
    fetch(options().token("hf_recorded_test_token"));
    assertThat(hub.requests())
        .extracting(RecordedServer.Request::authorization)
        .containsOnly("Bearer hf_recorded_test_token")
        .hasSize(3);

    fetch(options().limit(1));
    assertThat(hub.requests().get(3).authorization()).isNull();
  }

  @Test
  void writesWhatIngestReadsAsHubJsonl() {
    fetch(options());

    try (Store store = Store.inMemory()) {
      IngestReport report =
          new Ingester(store)
              .ingest(
                  IngestRequest.of(InputFormat.HUB_JSONL, LocalDate.of(2025, 4, 22), file),
                  IngestProgress.NONE);

      assertThat(report.stored()).isEqualTo(25);
      assertThat(report.skipped()).isZero();
      SnapshotInfo snapshot = store.snapshots().get(0);
      assertThat(snapshot.models()).isEqualTo(25);
      assertThat(snapshot.edges()).isEqualTo(23); // each derivative's base_model tags survived
    }
  }

  @Test
  void readsTheNextLinkAmongOthers() {
    URI url = URI.create("https://huggingface.co/api/models?limit=2");

    String prevAndNext =
        "<https://h.co/a?cursor=x%3D>; rel=\"prev\", <https://h.co/b?c=1>; rel=\"next\"";

    assertThat(Page.nextLink(url, List.of(prevAndNext))).contains(URI.create("https://h.co/b?c=1"));
    assertThat(Page.nextLink(url, List.of("</api/models?cursor=2>; rel=next")))
        .contains(URI.create("https://huggingface.co/api/models?cursor=2"));
    assertThat(Page.nextLink(url, List.of("<https://h.co/a>; rel=\"last\""))).isEmpty();
    assertThat(Page.nextLink(url, List.of())).isEmpty();
  }
}
