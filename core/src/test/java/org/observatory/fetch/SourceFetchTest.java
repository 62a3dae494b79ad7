package org.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.testing.RecordedServer.Fault.CUT_OFF;
import static org.observatory.testing.RecordedServer.Fault.TOO_MANY_REQUESTS;
import static org.observatory.testing.RecordedServer.Fault.TOO_MANY_REQUESTS_UNTIL;
import static org.observatory.testing.RecordedServer.Fault.UNAVAILABLE_FOR_A_DAY;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.fetch.FileOutcome.Status;
import org.observatory.model.ObservatoryException;
import org.observatory.testing.RecordedServer;
import org.observatory.testing.RecordedSources;
import org.observatory.testing.SharedData;

/**
 * Every source but the Hub (HubFetcherTest) fetched from the recorded responses of {@link
 * RecordedSources} on 127.0.0.1: what lands in the folder and the manifest, an ETag 304 (or, for
 * the repository folders, a listing whose checksums say nothing changed), a 429 with Retry-After, a
 * connection dropped mid-body (the previous good file survives) and a 404.
 */
class SourceFetchTest {
  @TempDir Path dir;
  private RecordedServer server;
  private RecordedSources sources;
  private final List<String> retries = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();
  private final FetchProgress progress =
      new FetchProgress() {
        @Override
        public void retry(URI url, String failure, int attempt, Duration delay) {
          retries.add(failure + " -> wait " + delay.toMillis() + " ms");
          waits.add(delay);
        }
      };

  @BeforeEach
  void start() {
    server = RecordedServer.start();
    sources = RecordedSources.on(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /**
   * Each source: the files it writes (count), a file whose bytes equal a real one in shared data,
   * and the path whose answer the faults hit.
   */
  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of(
            Source.OPENROUTER_MODELS,
            1,
            "openrouter-models/models.json",
            "openrouter-models-api/openrouter_models_all.json",
            RecordedSources.MODELS_API),
        Arguments.of(
            Source.OPENROUTER_RANKINGS,
            26,
            "openrouter-rankings/2026-05-11.json",
            "openrouter-weekly-top-models/2026-05-11.json",
            "/raw/johnbean393/openrouter-inference-stats/main/data/2026-05-11.json"),
        Arguments.of(
            Source.EPOCH,
            4,
            "epoch/frontier_ai_models.csv",
            "epoch-ai/frontier_ai_models.csv",
            "/data/frontier_ai_models.csv"),
        Arguments.of(
            Source.EOSAI,
            196,
            "eosai/deepseek-R1.yaml",
            "eosai-index/deepseek-R1.yaml",
            RecordedSources.EOSAI_ZIP),
        Arguments.of(
            Source.MOF,
            273,
            "mof/BLOOM.yml",
            "mof-model-openness-tool/models/BLOOM.yml",
            RecordedSources.MOF_ZIP),
        Arguments.of(
            Source.LLM_PRICES,
            11,
            "llm-prices/qwen.json",
            "llm-prices-simonw/qwen.json",
            "/raw/simonw/llm-prices/main/data/qwen.json"),
        Arguments.of(
            Source.LICENSES,
            1,
            "licenses/licenses.json",
            "spdx-license-list/licenses.json",
            RecordedSources.LICENSES));
  }

  private FetchOptions.Builder options() {
    return FetchOptions.builder()
        .baseUrl(server.baseUrl())
        .baseDelay(Duration.ofSeconds(30))
        .maxAttempts(3)
        .timeout(Duration.ofSeconds(10));
  }

  private SourceReport fetch(Source source) {
    return fetch(source, options());
  }

  private SourceReport fetch(Source source, FetchOptions.Builder options) {
    return new SourceFetch(progress, Clock.systemUTC()).run(source, dir, options.build());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void writesEveryFileWithItsManifestEntry(
      Source source, int files, String sample, String real, String faultPath) throws IOException {
    SourceReport report = fetch(source);

    assertThat(report.files()).hasSize(files).allMatch(f -> f.status() == Status.NEW);
    assertThat(Files.readAllBytes(dir.resolve(sample)))
        .isEqualTo(Files.readAllBytes(SharedData.raw(real)));
    Manifest manifest = Manifest.load(dir);
    assertThat(manifest.entries()).hasSize(files);
    for (ManifestEntry e : manifest.entries()) {
      assertThat(e.source()).isEqualTo(source.cliName());
      assertThat(e.url()).startsWith(server.baseUrl().toString());
      assertThat(e.bytes()).isEqualTo(Files.size(dir.resolve(e.path())));
      assertThat(e.sha256()).isEqualTo(SafeFile.digest(dir.resolve(e.path())).sha256());
      assertThat(e.fetchedAt()).isEqualTo(e.checkedAt());
    }
    ManifestEntry s = manifest.entry(sample).orElseThrow();
    assertThat(s.etag()).startsWith("\"");
    assertThat(s.lastModified()).isEqualTo(RecordedServer.LAST_MODIFIED);
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no temporary file is left")
          .noneMatch(n -> n.endsWith(".part") || n.endsWith(".zip"));
    }
  }

  @ParameterizedTest
  @MethodSource("sources")
  void aSecondFetchRewritesNothing(
      Source source, int files, String sample, String real, String faultPath) throws IOException {
    fetch(source);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(dir.resolve(sample), old);
    int before = server.requests().size();

    SourceReport again = fetch(source);

    assertThat(again.files()).hasSize(files).allMatch(f -> f.status() == Status.UNCHANGED);
    assertThat(Files.getLastModifiedTime(dir.resolve(sample))).isEqualTo(old);
    List<RecordedServer.Request> asked =
        server.requests().subList(before, server.requests().size());
    if (source == Source.OPENROUTER_RANKINGS || source == Source.LLM_PRICES) {
      // the listing's git blob checksums say every file is held: only the listing is asked for
      assertThat(asked).hasSize(1);
    } else {
      // conditional requests, answered 304 Not Modified
      assertThat(asked).anySatisfy(r -> assertThat(r.header("If-None-Match")).startsWith("\""));
    }
    ManifestEntry e = Manifest.load(dir).entry(sample).orElseThrow();
    assertThat(e.checkedAt()).isAfterOrEqualTo(e.fetchedAt());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void retriesA429AfterItsRetryAfter(
      Source source, int files, String sample, String real, String faultPath) {
    server.inject(faultPath, TOO_MANY_REQUESTS);

    SourceReport report = fetch(source);

    assertThat(report.retries()).isEqualTo(1);
    // Retry-After: 0 honoured: the 30 s backoff of these options never applies
    assertThat(retries).containsExactly("HTTP 429 -> wait 0 ms");
    assertThat(report.files()).hasSize(files);
  }

  /**
   * A {@code Retry-After} given as an HTTP date (two seconds after the response's {@code Date}) is
   * the wait, not the 30 s backoff of these options.
   */
  @org.junit.jupiter.api.Test
  void retriesAfterTheDateARetryAfterNames() {
    server.inject(RecordedSources.LICENSES, TOO_MANY_REQUESTS_UNTIL);

    SourceReport report = fetch(Source.LICENSES);

    assertThat(report.retries()).isEqualTo(1);
    assertThat(report.files()).hasSize(1);
    assertThat(waits)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .isBetween(
                        Duration.ofSeconds(RecordedServer.RETRY_AFTER_SECONDS - 1),
                        Duration.ofSeconds(RecordedServer.RETRY_AFTER_SECONDS)));
  }

  /** A server that asks to come back tomorrow fails the fetch at once, saying so; no hang. */
  @org.junit.jupiter.api.Test
  void aRetryAfterADayAheadFailsAtOnce() throws IOException {
    fetch(Source.LICENSES);
    byte[] good = Files.readAllBytes(dir.resolve("licenses/licenses.json"));
    republishChanged(Source.LICENSES);
    server.inject(RecordedSources.LICENSES, UNAVAILABLE_FOR_A_DAY);

    assertThatThrownBy(() -> fetch(Source.LICENSES))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("GET " + server.baseUrl() + RecordedSources.LICENSES)
        .hasMessageContaining(
            "HTTP 503, and the server asks to wait 86400 s before another request (Retry-After),"
                + " longer than the 15 min a fetch waits: run it again later");
    assertThat(server.requests(RecordedSources.LICENSES)).hasSize(2);
    assertThat(waits).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("licenses/licenses.json"))).isEqualTo(good);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void aConnectionDroppedMidBodyLeavesThePreviousGoodFile(
      Source source, int files, String sample, String real, String faultPath) throws IOException {
    fetch(source);
    byte[] good = Files.readAllBytes(dir.resolve(sample));
    ManifestEntry entry = Manifest.load(dir).entry(sample).orElseThrow();
    republishChanged(source);
    server.inject(faultPath, CUT_OFF, CUT_OFF);

    assertThatThrownBy(() -> fetch(source, options().baseDelay(Duration.ZERO).maxAttempts(2)))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("failed after 2 attempt(s)")
        .hasMessageContaining("bytes received");

    assertThat(Files.readAllBytes(dir.resolve(sample))).isEqualTo(good);
    Manifest manifest = Manifest.load(dir);
    assertThat(manifest.entry(sample)).contains(entry);
    assertThat(manifest.entries()).hasSize(files);
    assertThat(manifest.failures()).extracting(Manifest.Failure::source).contains(source.cliName());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void a404FailsAtOnceNamingTheUrl(
      Source source, int files, String sample, String real, String faultPath) {
    String missing =
        switch (source) {
          case OPENROUTER_RANKINGS -> RecordedSources.RANKINGS_LISTING;
          case LLM_PRICES -> RecordedSources.PRICES_LISTING;
          case EOSAI -> RecordedSources.EOSAI_ZIPBALL;
          case MOF -> RecordedSources.MOF_ZIPBALL;
          default -> faultPath;
        };
    server.remove(missing);

    assertThatThrownBy(() -> fetch(source))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("GET " + server.baseUrl() + missing)
        .hasMessageContaining("failed: HTTP 404 (not found: check the source and --endpoint)");
    assertThat(server.requests(missing)).hasSize(1);
    assertThat(retries).isEmpty();
  }

  /** The source's fault path now serves other bytes (and the listing says so). */
  private void republishChanged(Source source) throws IOException {
    switch (source) {
      case OPENROUTER_RANKINGS -> {
        Path changed = dir.resolveSibling(dir.getFileName() + "-2026-05-11.json");
        Files.writeString(changed, "{\"date\": \"2026-05-11\", \"models\": []}\n");
        List<Path> weeks =
            new ArrayList<>(RecordedSources.files("openrouter-weekly-top-models", ".json"));
        weeks.set(weeks.size() - 1, renamed(changed, "2026-05-11.json"));
        sources.rankings(weeks);
      }
      case LLM_PRICES -> {
        List<Path> vendors = new ArrayList<>(RecordedSources.files("llm-prices-simonw", ".json"));
        Path changed = renamed(Files.writeString(dir.resolveSibling("q.json"), "{}"), "qwen.json");
        vendors.replaceAll(p -> p.getFileName().toString().equals("qwen.json") ? changed : p);
        sources.prices(vendors);
      }
      case EOSAI ->
          server.serve(RecordedSources.EOSAI_ZIP, RecordedSources.eosaiZip(3), "application/zip");
      case MOF ->
          server.serve(RecordedSources.MOF_ZIP, RecordedSources.mofZip(3), "application/zip");
      default -> server.serve(faultPath(source), "changed upstream\n".getBytes(), "text/plain");
    }
  }

  private static String faultPath(Source source) {
    return sources()
        .map(Arguments::get)
        .filter(a -> a[0] == source)
        .map(a -> (String) a[4])
        .findFirst()
        .orElseThrow();
  }

  /** A copy of {@code file} under another name, in a folder of its own. */
  private Path renamed(Path file, String name) throws IOException {
    Path folder = Files.createTempDirectory(dir.getParent(), "upstream");
    return Files.copy(file, folder.resolve(name));
  }

  @org.junit.jupiter.api.Test
  void followsTheModelsApisNextLinks() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode all =
        json.readTree(SharedData.raw("openrouter-models-api/openrouter_models_all.json").toFile());
    com.fasterxml.jackson.databind.node.ArrayNode data =
        (com.fasterxml.jackson.databind.node.ArrayNode) all.get("data");
    com.fasterxml.jackson.databind.node.ObjectNode first = json.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode head = first.putArray("data");
    com.fasterxml.jackson.databind.node.ObjectNode second = json.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode tail = second.putArray("data");
    for (int i = 0; i < data.size(); i++) {
      (i < 300 ? head : tail).add(data.get(i));
    }
    first.putObject("links").put("next", "/api/v1/models/page/2");
    second.putObject("links").putNull("next");
    server.serve(RecordedSources.MODELS_API, first.toString().getBytes(), "application/json");
    server.serve("/api/v1/models/page/2", second.toString().getBytes(), "application/json");

    SourceReport report = fetch(Source.OPENROUTER_MODELS);

    com.fasterxml.jackson.databind.JsonNode joined =
        json.readTree(dir.resolve("openrouter-models/models.json").toFile());
    assertThat(joined.get("data").equals(data)).as("the pages' models, in order").isTrue();
    assertThat(joined.get("total_count").asInt()).isEqualTo(549);
    assertThat(report.files()).extracting(FileOutcome::status).containsExactly(Status.NEW);
    assertThat(server.requests("/api/v1/models/page/2")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void fetchesOnlyTheNewWeeksAndDropsTheUnpublishedOnes() throws IOException {
    List<Path> weeks = RecordedSources.files("openrouter-weekly-top-models", ".json");
    sources.rankings(weeks.subList(0, 20));
    fetch(Source.OPENROUTER_RANKINGS);
    sources.rankings(weeks.subList(1, 26));
    int before = server.requests().size();

    SourceReport report = fetch(Source.OPENROUTER_RANKINGS);

    Map<Status, Long> counts = new HashMap<>();
    report.files().forEach(f -> counts.merge(f.status(), 1L, Long::sum));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Status.NEW, 6L, Status.UNCHANGED, 19L, Status.REMOVED, 1L));
    // the listing, then the six new weeks only
    assertThat(server.requests().subList(before, server.requests().size())).hasSize(7);
    assertThat(dir.resolve("openrouter-rankings/" + weeks.get(0).getFileName())).doesNotExist();
    assertThat(dir.resolve("openrouter-rankings/2026-05-11.json")).exists();
  }

  @org.junit.jupiter.api.Test
  void unpacksOnlyTheWantedFilesOfTheArchive() throws IOException {
    fetch(Source.EOSAI);
    fetch(Source.MOF);

    try (Stream<Path> eosai = Files.list(dir.resolve("eosai"));
        Stream<Path> mof = Files.list(dir.resolve("mof"))) {
      List<String> e = eosai.map(p -> p.getFileName().toString()).toList();
      assertThat(e)
          .contains("_parameters.yml", "_parameters-descriptions.yml", "a_submission_template.yaml")
          .doesNotContain("README.md", ".zenodo.json", "check.yml");
      assertThat(mof.map(p -> p.getFileName().toString()))
          .hasSize(273)
          .allMatch(n -> n.endsWith(".yml") || n.endsWith(".yaml"));
    }
    ManifestEntry bloom = Manifest.load(dir).entry("mof/BLOOM.yml").orElseThrow();
    assertThat(bloom.member()).isEqualTo("models/BLOOM.yml");
    assertThat(bloom.url()).isEqualTo(server.baseUrl() + RecordedSources.MOF_ZIPBALL);
    assertThat(bloom.provenance().url()).endsWith("/zipball#models/BLOOM.yml");
    // the zipball redirects to codeload, as GitHub's does
    assertThat(server.requests(RecordedSources.MOF_ZIP)).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void anArchiveWithoutTheFolderFailsAndKeepsTheFiles() throws IOException {
    fetch(Source.MOF);
    server.serve(RecordedSources.MOF_ZIP, RecordedSources.eosaiZip(2), "application/zip");

    assertThatThrownBy(() -> fetch(Source.MOF))
        .isInstanceOf(ObservatoryException.class)
        .hasMessageContaining("holds no wanted file under 'models/'");
    try (Stream<Path> mof = Files.list(dir.resolve("mof"))) {
      assertThat(mof).hasSize(273);
    }
  }

  @org.junit.jupiter.api.Test
  void aPathLeavingTheArchivesFolderIsNeverUnpacked() {
    assertThat(RepoArchiveFetcher.memberPath("top/models/a.yml")).isEqualTo("models/a.yml");
    assertThat(RepoArchiveFetcher.memberPath("top/../../etc/passwd")).isNull();
    assertThat(RepoArchiveFetcher.memberPath("/etc/passwd")).isNull();
    assertThat(RepoArchiveFetcher.memberPath("no-folder.yml")).isNull();
    assertThat(RepoFolderFetcher.plain("../x.yml")).isFalse();
    assertThat(RepoFolderFetcher.plain(".hidden.yml")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void twoFetchesCannotWriteOneFolderAtOnce() {
    try (FolderLock held = FolderLock.take(dir)) {
      assertThatThrownBy(() -> fetch(Source.LICENSES))
          .isInstanceOf(org.observatory.model.UsageException.class)
          .hasMessageContaining("another fetch or update is writing " + dir);
    }
  }

  @org.junit.jupiter.api.Test
  void gitBlobShaIsGitsObjectId() throws IOException {
    Path f = Files.writeString(dir.resolve("hello.txt"), "hello\n");
    // `printf 'hello\n' | git hash-object --stdin`
    assertThat(RepoFolderFetcher.gitBlobSha(f))
        .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
  }
}
