package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Where to fetch from and how hard to try; for the Hub, also which models. Every default is set in
 * {@link #builder()}.
 *
 * @param baseUrl the source's endpoint: the Hub ({@code https://huggingface.co}) unless a source, a
 *     mirror or a test says otherwise
 * @param search the Hub API's {@code search} filter, or null
 * @param author the Hub API's {@code author} filter, or null
 * @param limit the most records the Hub output file may hold; {@link Long#MAX_VALUE} for all
 * @param pageSize Hub records asked for per request (the server may send fewer)
 * @param token an access token sent as {@code Authorization: Bearer} to the endpoint's own origin
 *     (never to a host a redirect leads to), or null to fetch anonymously
 * @param maxAttempts tries per page before the fetch fails (1 = no retries)
 * @param baseDelay the wait before the first retry; each further retry waits twice as long
 * @param maxDelay the longest computed wait between retries (a server's Retry-After, in seconds or
 *     as a date, is honoured as given up to 15 minutes; a longer one fails the fetch)
 * @param timeout connect and response-headers timeout of one request
 */
public record FetchOptions(
    URI baseUrl,
    String search,
    String author,
    long limit,
    int pageSize,
    String token,
    int maxAttempts,
    Duration baseDelay,
    Duration maxDelay,
    Duration timeout) {
  public static final String DEFAULT_BASE_URL = "https://huggingface.co";

  /**
   * The Hub API's {@code expand[]} properties asked for: every field the ingest reads, with
   * all-time downloads and the parameter counts of safetensors and GGUF files. The API returns only
   * the expanded properties (and the id) when {@code expand} is given, so the list is whole.
   */
  public static final List<String> EXPAND =
      List.of(
          "author",
          "cardData",
          "createdAt",
          "downloads",
          "downloadsAllTime",
          "gguf",
          "lastModified",
          "library_name",
          "likes",
          "pipeline_tag",
          "safetensors",
          "tags");

  public FetchOptions {
    requireNonNull(baseUrl, "baseUrl");
    if (!("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL must be http(s)://host[:port]: " + baseUrl);
    }
    search = blankToNull(search);
    author = blankToNull(author);
    token = blankToNull(token);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (pageSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("page size and attempts must be at least 1");
    }
    if (baseDelay.isNegative()
        || maxDelay.isNegative()
        || timeout.isNegative()
        || timeout.isZero()) {
      throw new IllegalArgumentException("delays must be >= 0 and the timeout > 0");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The listing this fetch walks: the first-page URL without its page size, so --limit may change
   * on resume.
   */
  String scope() {
    String base = baseUrl.toString().replaceAll("/+$", "");
    StringBuilder url =
        new StringBuilder(base)
            .append("/api/models?")
            .append(
                EXPAND.stream()
                    .map(p -> "expand%5B%5D=" + p)
                    .collect(java.util.stream.Collectors.joining("&")));
    if (search != null) {
      url.append("&search=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
    }
    if (author != null) {
      url.append("&author=").append(URLEncoder.encode(author, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  URI firstPage() {
    return URI.create(scope() + "&limit=" + Math.min(pageSize, limit));
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FetchOptions["
        + scope()
        + ", limit="
        + limit
        + ", token="
        + (token == null ? "none" : "***")
        + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Builds {@link FetchOptions}; holds every default. */
  public static final class Builder {
    private URI baseUrl = URI.create(DEFAULT_BASE_URL);
    private String search;
    private String author;
    private long limit = Long.MAX_VALUE;
    private int pageSize = 1000;
    private String token;
    private int maxAttempts = 6;
    private Duration baseDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(60);
    private Duration timeout = Duration.ofSeconds(60);

    private Builder() {}

    public Builder baseUrl(URI value) {
      baseUrl = value;
      return this;
    }

    public Builder search(String value) {
      search = value;
      return this;
    }

    public Builder author(String value) {
      author = value;
      return this;
    }

    public Builder limit(long value) {
      limit = value;
      return this;
    }

    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    public Builder token(String value) {
      token = value;
      return this;
    }

    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return this;
    }

    public Builder baseDelay(Duration value) {
      baseDelay = requireNonNull(value, "baseDelay");
      return this;
    }

    public Builder maxDelay(Duration value) {
      maxDelay = requireNonNull(value, "maxDelay");
      return this;
    }

    public Builder timeout(Duration value) {
      timeout = requireNonNull(value, "timeout");
      return this;
    }

    public FetchOptions build() {
      return new FetchOptions(
          baseUrl,
          search,
          author,
          limit,
          pageSize,
          token,
          maxAttempts,
          baseDelay,
          maxDelay,
          timeout);
    }
  }
}
