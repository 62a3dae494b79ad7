package org.observatory.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.observatory.model.ObservatoryException;

/**
 * Gets pages of the Hub API, repeating a request after HTTP 429, a 5xx status, a dropped connection
 * or a cut-off body, with exponential backoff (or the server's {@code Retry-After} seconds), up to
 * the options' attempts.
 */
final class PageClient {
  private static final int MAX_ERROR_TEXT = 300;

  private final HttpClient http;
  private final FetchOptions options;
  private final FetchProgress progress;
  private int retries;

  PageClient(HttpClient http, FetchOptions options, FetchProgress progress) {
    this.http = http;
    this.options = options;
    this.progress = progress;
  }

  static HttpClient newHttpClient(FetchOptions options) {
    return HttpClient.newBuilder()
        .connectTimeout(options.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  int retries() {
    return retries;
  }

  Page get(URI url) {
    Attempt last = null;
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      if (last != null) {
        Duration delay = last.retryAfter().orElse(backoff(attempt - 1));
        progress.retry(url, last.failure(), attempt, delay);
        retries++;
        sleep(delay, url);
      }
      last = attempt(url);
      if (last.page() != null) {
        return last.page();
      }
    }
    throw new ObservatoryException(
        "GET " + url + " failed after " + options.maxAttempts() + " attempt(s): " + last.failure());
  }

  /** One request: a page, or a failure worth retrying; throws when retrying cannot help. */
  private Attempt attempt(URI url) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      return Attempt.failed(describe(e), Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObservatoryException("interrupted while fetching " + url, e);
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      return Attempt.failed("HTTP " + status, retryAfter(response));
    }
    if (status < 200 || status > 299) {
      throw new ObservatoryException("GET " + url + " failed: HTTP " + status + hint(response));
    }
    try {
      return Attempt.ok(Page.parse(url, response.body(), response.headers().allValues("Link")));
    } catch (IOException e) {
      return Attempt.failed(
          "HTTP 200 with a body that is not complete JSON (" + describe(e) + ")", Optional.empty());
    }
  }

  private HttpRequest request(URI url) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(options.timeout())
            .header("Accept", "application/json")
            .header("User-Agent", "open-model-observatory/0.1");
    if (options.token() != null && sameOrigin(url, options.baseUrl())) {
      request.header("Authorization", "Bearer " + options.token());
    }
    return request.build();
  }

  /** baseDelay × 2^(retry−1), at most maxDelay. */
  Duration backoff(int retry) {
    int doublings = Math.min(retry - 1, 30);
    Duration delay = options.baseDelay().multipliedBy(1L << doublings);
    return delay.compareTo(options.maxDelay()) > 0 ? options.maxDelay() : delay;
  }

  /** A {@code Retry-After} in seconds; an HTTP date or junk is ignored (backoff applies). */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After");
    try {
      return value
          .map(String::strip)
          .map(Long::parseLong)
          .filter(s -> s >= 0)
          .map(Duration::ofSeconds);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration delay, URI url) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObservatoryException("interrupted while waiting to retry " + url, e);
    }
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && Objects.equals(a.getHost(), b.getHost())
        && a.getPort() == b.getPort();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private static String hint(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    String hint =
        status == 401 || status == 403
            ? " (check the access token)"
            : response
                .headers()
                .firstValue("Location")
                .map(l -> " (redirected to " + l + ")")
                .orElse("");
    return hint + errorText(response);
  }

  private static String errorText(HttpResponse<byte[]> response) {
    String text =
        new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "";
    }
    return " ("
        + (text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "..." : text)
        + ")";
  }

  /**
   * The outcome of one request: a page, or why it failed and how long the server asked us to wait.
   */
  private record Attempt(Page page, String failure, Optional<Duration> retryAfter) {
    static Attempt ok(Page page) {
      return new Attempt(page, null, Optional.empty());
    }

    static Attempt failed(String failure, Optional<Duration> retryAfter) {
      return new Attempt(null, failure, retryAfter);
    }
  }
}
