package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.engine.DuckDbEngine;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.FetchProgress;
import org.observatory.fetch.Manifest;
import org.observatory.fetch.ManifestEntry;
import org.observatory.fetch.Source;
import org.observatory.fetch.SourceFetch;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.SpdxListLoader;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;
import org.observatory.store.Store;
import org.observatory.testing.HubRecords;
import org.observatory.testing.RecordedHub;
import org.observatory.testing.RecordedServer;
import org.observatory.testing.RecordedSources;
import org.observatory.usage.VendorPricesLoader;

/**
 * Provenance all the way to the figure: files fetched from the recorded sources (a fixed clock
 * stamps the manifest) and ingested keep their URL, fetch time and validators beside their sha256,
 * in the snapshot listing, the report (snapshot.provenance and credits) and explain; a file changed
 * after its fetch has none.
 */
class ProvenanceTest {
  private static final Instant FETCHED = Instant.parse("2026-05-12T03:04:05Z");
  private static final LocalDate DATE = LocalDate.of(2026, 5, 12);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private RecordedServer server;

  @BeforeEach
  void fetch() throws IOException {
    server = RecordedServer.start();
    RecordedSources.on(server);
    RecordedHub.on(server, HubRecords.apiShaped(25), 10);
    SourceFetch fetch = new SourceFetch(FetchProgress.NONE, Clock.fixed(FETCHED, ZoneOffset.UTC));
    for (Source s : List.of(Source.HUB, Source.LLM_PRICES, Source.LICENSES)) {
      fetch.run(
          s,
          dir,
          FetchOptions.builder()
              .baseUrl(server.baseUrl())
              .baseDelay(Duration.ZERO)
              .timeout(Duration.ofSeconds(10))
              .build());
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void ingest(Store store, Path... paths) {
    new Ingester(
            store,
            Map.of(
                InputFormat.LLM_PRICES, new VendorPricesLoader(),
                InputFormat.SPDX_LICENSES, new SpdxListLoader()),
            Manifest.lookup(2))
        .ingest(
            new IngestRequest(
                List.of(paths), InputFormat.AUTO, DATE, org.observatory.ingest.FieldMap.NONE, 0),
            IngestProgress.NONE);
  }

  @Test
  void fetchedFilesKeepTheirUrlAndFetchTimeUpToTheReport() throws IOException {
    try (Store store = Store.inMemory()) {
      ingest(store, dir.resolve("hub"), dir.resolve("llm-prices"), dir.resolve("licenses"));

      SnapshotInfo snapshot = store.snapshot(DATE);
      SourceFile hub = snapshot.sources().get(0);
      ManifestEntry entry = Manifest.load(dir).entry("hub/models.jsonl").orElseThrow();
      assertThat(hub.sha256()).isEqualTo(entry.sha256());
      assertThat(hub.provenance()).isEqualTo(entry.provenance());
      assertThat(hub.provenance().url())
          .startsWith(server.baseUrl() + "/api/models?expand%5B%5D=author");
      assertThat(hub.provenance().fetchedAt()).isEqualTo(FETCHED);

      List<Map<String, Object>> datasets = store.datasets();
      assertThat(datasets).hasSize(12);
      assertThat(datasets)
          .allSatisfy(
              d -> assertThat((String) d.get("url")).startsWith(server.baseUrl().toString()))
          .allSatisfy(d -> assertThat(d.get("etag")).isNotNull());

      Report report =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(DATE);
      JsonNode json = JSON.readTree(JsonReport.tree(report).toString());
      JsonNode files = json.path("snapshot").path("provenance").path("files");
      assertThat(files).hasSize(13);
      JsonNode first = files.get(0);
      assertThat(first.path("kind").asText()).isEqualTo("snapshot");
      assertThat(first.path("file").asText()).isEqualTo("models.jsonl");
      assertThat(first.path("fetched_at").asText()).isEqualTo("2026-05-12T03:04:05Z");
      assertThat(first.path("sha256").asText()).isEqualTo(entry.sha256());
      assertThat(report.credits())
          .anySatisfy(
              c ->
                  assertThat(c)
                      .startsWith(
                          "Fetched: llm-prices, 11 file(s) from "
                              + server.baseUrl()
                              + "/raw/simonw/llm-prices/main/data/..., fetched 2026-05-12T03:04:05Z"))
          .anySatisfy(
              c ->
                  assertThat(c)
                      .startsWith("Fetched: hub, 1 file(s) from " + hub.provenance().url()))
          .anySatisfy(
              c ->
                  assertThat(c)
                      .startsWith(
                          "License list: SPDX License List 3.26.0 (released 2024-12-30) is loaded")
                      .contains("agrees with it on the OSI status"));

      Explanation e =
          new Explainer(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()),
                  OriginRegistry.bundled(),
                  LicenseClassifier.bundled())
              .explain(DATE, "bigscience/bloom");
      assertThat(e.source())
          .containsEntry("file", "models.jsonl")
          .containsEntry("url", hub.provenance().url())
          .containsEntry("fetched_at", "2026-05-12T03:04:05Z")
          .containsEntry("sha256", entry.sha256());
    }
  }

  @Test
  void aFileChangedAfterItsFetchHasNoProvenance() throws IOException {
    Path prices = dir.resolve("llm-prices/qwen.json");
    Files.writeString(prices, Files.readString(prices).replace("\"qwen\"", "\"Qwen\""));
    try (Store store = Store.inMemory()) {
      ingest(store, dir.resolve("llm-prices"));

      assertThat(store.datasets())
          .filteredOn(d -> d.get("file_name").equals("qwen.json"))
          .singleElement()
          .satisfies(d -> assertThat(d.get("url")).isNull());
      assertThat(store.datasets()).filteredOn(d -> d.get("url") != null).hasSize(10);
    }
  }

  @Test
  void aNewerLicenseListThatDisagreesWithTheTableIsNamed() throws IOException {
    Path list = dir.resolve("licenses/licenses.json");
    // the bundled table classes MIT osi-approved (SPDX 3.26.0: isOsiApproved=true); say otherwise
    String json =
        Files.readString(list)
            .replace("\"licenseListVersion\": \"3.26.0\"", "\"licenseListVersion\": \"3.27.0\"");
    int mit = json.indexOf("\"licenseId\": \"MIT\"");
    int flag = json.indexOf("\"isOsiApproved\": true", mit);
    assertThat(mit).isPositive();
    Files.writeString(
        list, json.substring(0, flag) + "\"isOsiApproved\": false" + json.substring(flag + 21));
    try (Store store = Store.inMemory()) {
      ingest(store, dir.resolve("hub"), dir.resolve("licenses"));
      Report report =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(DATE);

      assertThat(report.credits())
          .anySatisfy(
              c ->
                  assertThat(c)
                      .contains("SPDX License List 3.27.0")
                      .contains(
                          "differs from it for 1 license(s): MIT: table osi-approved, list not OSI-approved."));
    }
  }
}
