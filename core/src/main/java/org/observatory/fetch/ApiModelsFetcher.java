package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.model.ObservatoryException;

/**
 * OpenRouter's models API ({@code {data: [...], links: {next: URL|null}}}): every page, following
 * {@code links.next}, into one file. A single page is kept byte for byte as the server sent it (and
 * asked for conditionally); several are joined into one object of the same shape.
 */
final class ApiModelsFetcher implements SourceFetcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGES = 10_000;

  private final String path;
  private final String name;

  ApiModelsFetcher(String path, String name) {
    this.path = path;
    this.name = name;
  }

  /** One page of the API: its bytes, its models and the next page's URL, if any. */
  private record ApiPage(byte[] raw, ArrayNode data, Optional<URI> next) {}

  @Override
  public void fetch(SourceRun run) {
    URI first = run.endpoint(path);
    Optional<ManifestEntry> previous = run.intact(name);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    previous.ifPresent(p -> SourceRun.conditional(p, headers));
    RetryingClient.Reply<ApiPage> reply = get(run, first, headers);
    if (reply.notModified()) {
      if (previous.isEmpty()) {
        throw new ObservatoryException("GET " + first + " answered 304 to an unconditional GET");
      }
      run.unchanged(previous.get());
      return;
    }
    ApiPage page = reply.body();
    byte[] bytes = page.raw();
    String etag = reply.header("ETag");
    String lastModified = reply.header("Last-Modified");
    if (page.next().isPresent()) {
      ArrayNode all = JSON.createArrayNode();
      all.addAll(page.data());
      Set<URI> seen = new HashSet<>(Set.of(first));
      while (page.next().isPresent()) {
        URI next = page.next().get();
        if (!seen.add(next) || seen.size() > MAX_PAGES) {
          throw new ObservatoryException(
              "the models API at " + first + " links " + next + " again, or has too many pages");
        }
        page = get(run, next, Map.of("Accept", "application/json")).body();
        all.addAll(page.data());
      }
      ObjectNode joined = JSON.createObjectNode();
      joined.set("data", all);
      joined.put("total_count", all.size());
      joined.putObject("links").putNull("next");
      bytes = joined.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      etag = null;
      lastModified = null;
    }
    Path part = SafeFile.partOf(run.target(name));
    SourceRun.createParent(part);
    try {
      Files.write(part, bytes);
    } catch (IOException e) {
      throw new ObservatoryException("cannot write " + part + ": " + e.getMessage(), e);
    }
    run.place(part, name, first.toString(), null, etag, lastModified);
  }

  private static RetryingClient.Reply<ApiPage> get(
      SourceRun run, URI url, Map<String, String> headers) {
    return run.client()
        .get(url, headers, HttpResponse.BodyHandlers.ofByteArray(), ApiModelsFetcher::parse);
  }

  /**
   * A page: a JSON object with a {@code data} array. A body that is not complete JSON is worth a
   * retry; JSON of another shape is not.
   */
  private static ApiPage parse(URI url, HttpResponse<byte[]> response) throws IOException {
    JsonNode root = JSON.readTree(response.body());
    if (root == null || !root.path("data").isArray()) {
      throw new ObservatoryException(
          "expected a JSON object {\"data\": [...]} from " + url + ", got " + shape(root));
    }
    JsonNode next = root.path("links").path("next");
    Optional<URI> nextUrl =
        next.isTextual() && !next.asText().isBlank()
            ? Optional.of(url.resolve(next.asText().strip()))
            : Optional.empty();
    return new ApiPage(response.body(), (ArrayNode) root.get("data"), nextUrl);
  }

  private static String shape(JsonNode root) {
    return root == null ? "nothing" : root.getNodeType().toString().toLowerCase();
  }
}
