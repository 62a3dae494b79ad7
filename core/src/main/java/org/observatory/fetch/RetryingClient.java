package org.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.model.ObservatoryException;

/**
 * The one HTTP client of every fetcher. A GET follows redirects itself (at most {@value
 * #MAX_REDIRECTS}; the access token goes to the endpoint's own origin only, never to the host a
 * redirect leads to) and is repeated after HTTP 429, a 5xx status, a dropped connection or a
 * cut-off body, with exponential backoff, or after the wait the server asks for: {@code
 * Retry-After} as seconds or as an HTTP date (the Hub's {@code RateLimit: ...;t=N} reset seconds
 * when a 429 has no Retry-After), up to the options' attempts. A server that asks for more than
 * {@link #MAX_RETRY_AFTER} fails the request at once, saying when to try again, instead of holding
 * the fetch that long. Other statuses fail at once, naming the URL and status.
 */
final class RetryingClient {
  static final int MAX_REDIRECTS = 5;

  /**
   * The longest wait a server may ask for before a retry: three of the Hub's five-minute rate-limit
   * windows. A longer one (an outage announced for hours, a date far ahead) fails the fetch.
   */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(15);

  private static final int MAX_ERROR_TEXT = 300;
  private static final int ERROR_BYTES = 4096;
  private static final Pattern RATE_LIMIT_RESET = Pattern.compile("(?:^|[;,\\s])t=(\\d+)");

  private final HttpClient http;
  private final FetchOptions options;
  private final FetchProgress progress;
  private int retries;

  RetryingClient(HttpClient http, FetchOptions options, FetchProgress progress) {
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

  /**
   * Reads a 2xx response: its value, or an {@link IOException} when the body is incomplete or
   * unreadable in a way a new request may cure; an {@link ObservatoryException} when it cannot.
   */
  interface BodyReader<T, R> {
    R read(URI url, HttpResponse<T> response) throws IOException;
  }

  /**
   * The outcome of a GET: the URL that answered (after redirects), its status (2xx, or 304 for a
   * conditional request whose copy is current, with a null body), the read body and the headers.
   */
  record Reply<R>(URI url, int status, R body, HttpHeaders headers) {
    boolean notModified() {
      return status == 304;
    }

    /** A response header, null when absent or blank. */
    String header(String name) {
      return headers.firstValue(name).filter(v -> !v.isBlank()).orElse(null);
    }
  }

  /** One page of the Hub listing. */
  Page page(URI url) {
    return get(
            url,
            Map.of("Accept", "application/json"),
            HttpResponse.BodyHandlers.ofByteArray(),
            (u, r) -> Page.parse(u, r.body(), r.headers().allValues("Link")))
        .body();
  }

  /**
   * GETs {@code url} with extra request headers (e.g. {@code If-None-Match}); a 2xx body goes
   * through {@code handler} and is read by {@code reader}.
   *
   * @throws ObservatoryException when the attempts run out, or at once for a status a retry cannot
   *     cure
   */
  <T, R> Reply<R> get(
      URI url,
      Map<String, String> headers,
      HttpResponse.BodyHandler<T> handler,
      BodyReader<T, R> reader) {
    Attempt<R> last = null;
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      if (last != null) {
        if (last.retryAfter().filter(d -> d.compareTo(MAX_RETRY_AFTER) > 0).isPresent()) {
          throw new ObservatoryException(
              "GET "
                  + url
                  + " failed: "
                  + last.failure()
                  + ", and the server asks to wait "
                  + last.retryAfter().get().toSeconds()
                  + " s before another request (Retry-After), longer than the "
                  + MAX_RETRY_AFTER.toMinutes()
                  + " min a fetch waits: run it again later");
        }
        Duration delay = last.retryAfter().orElse(backoff(attempt - 1));
        progress.retry(url, last.failure(), attempt, delay);
        retries++;
        sleep(delay, url);
      }
      last = attempt(url, headers, handler, reader);
      if (last.reply() != null) {
        return last.reply();
      }
    }
    throw new ObservatoryException(
        "GET " + url + " failed after " + options.maxAttempts() + " attempt(s): " + last.failure());
  }

  /** One request and its redirects: a reply, or a failure worth retrying; throws otherwise. */
  @SuppressWarnings("unchecked")
  private <T, R> Attempt<R> attempt(
      URI url,
      Map<String, String> headers,
      HttpResponse.BodyHandler<T> handler,
      BodyReader<T, R> reader) {
    HttpResponse.BodyHandler<Object> split =
        info ->
            info.statusCode() / 100 == 2
                ? (HttpResponse.BodySubscriber<Object>)
                    (HttpResponse.BodySubscriber<?>) handler.apply(info)
                : (HttpResponse.BodySubscriber<Object>)
                    (HttpResponse.BodySubscriber<?>) HttpResponse.BodySubscribers.ofInputStream();
    URI current = url;
    for (int hop = 0; ; hop++) {
      HttpResponse<Object> response;
      try {
        response = http.send(request(current, headers), split);
      } catch (IOException e) {
        return Attempt.failed(describe(e), Optional.empty());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ObservatoryException("interrupted while fetching " + current, e);
      }
      int status = response.statusCode();
      if (status / 100 == 2) {
        try {
          R body = reader.read(current, (HttpResponse<T>) (HttpResponse<?>) response);
          return Attempt.ok(new Reply<>(current, status, body, response.headers()));
        } catch (IOException e) {
          return Attempt.failed(
              "HTTP " + status + " with a body that is not complete (" + describe(e) + ")",
              Optional.empty());
        }
      }
      String text = errorText((InputStream) response.body());
      if (status == 304) {
        return Attempt.ok(new Reply<>(current, status, null, response.headers()));
      }
      Optional<String> location = response.headers().firstValue("Location");
      if (status / 100 == 3 && status != 304 && location.isPresent()) {
        if (hop >= MAX_REDIRECTS) {
          throw new ObservatoryException(
              "GET " + url + " failed: more than " + MAX_REDIRECTS + " redirects");
        }
        current = current.resolve(location.get().strip());
        continue;
      }
      if (status == 429 || status >= 500) {
        return Attempt.failed("HTTP " + status, retryAfter(response));
      }
      throw new ObservatoryException(
          "GET " + current + " failed: HTTP " + status + hint(status) + text);
    }
  }

  private HttpRequest request(URI url, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(options.timeout())
            .header("User-Agent", "open-model-observatory/0.1");
    headers.forEach(request::header);
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

  /**
   * A {@code Retry-After} in seconds or as an HTTP date, else (on a 429) the reset seconds {@code
   * t=N} of a {@code RateLimit} header as the Hub sends it; junk is ignored (backoff applies).
   */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    Optional<Duration> after =
        seconds(header).or(() -> untilDate(header, response.headers().firstValue("Date")));
    if (after.isPresent() || response.statusCode() != 429) {
      return after;
    }
    return response
        .headers()
        .firstValue("RateLimit")
        .map(RATE_LIMIT_RESET::matcher)
        .filter(Matcher::find)
        .flatMap(m -> seconds(Optional.of(m.group(1))));
  }

  private static Optional<Duration> seconds(Optional<String> value) {
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

  /**
   * The wait until an HTTP date ({@code Retry-After: Wed, 21 Oct 2015 07:28:00 GMT}), counted from
   * the response's own {@code Date} (so that a clock of ours that is off does not matter), else
   * from our clock; zero for a date already past; empty when it is not an HTTP date.
   */
  static Optional<Duration> untilDate(Optional<String> value, Optional<String> responseDate) {
    Optional<Instant> until = httpDate(value);
    if (until.isEmpty()) {
      return Optional.empty();
    }
    Instant now = httpDate(responseDate).orElseGet(Instant::now);
    Duration wait = Duration.between(now, until.get());
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<Instant> httpDate(Optional<String> value) {
    try {
      return value
          .map(String::strip)
          .map(v -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
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

  private static String hint(int status) {
    if (status == 401 || status == 403) {
      return " (check the access token)";
    }
    if (status == 404) {
      return " (not found: check the source and --endpoint)";
    }
    return status / 100 == 3 ? " (a redirect without a Location header)" : "";
  }

  /** The start of an error body, on one line, in parentheses; the stream is closed. */
  private static String errorText(InputStream body) {
    byte[] head;
    try (InputStream in = body) {
      head = in.readNBytes(ERROR_BYTES);
    } catch (IOException e) {
      return "";
    }
    String text = new String(head, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "";
    }
    return " ("
        + (text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "..." : text)
        + ")";
  }

  /**
   * The outcome of one request: a reply, or why it failed and how long the server asked to wait.
   */
  private record Attempt<R>(Reply<R> reply, String failure, Optional<Duration> retryAfter) {
    static <R> Attempt<R> ok(Reply<R> reply) {
      return new Attempt<>(reply, null, Optional.empty());
    }

    static <R> Attempt<R> failed(String failure, Optional<Duration> retryAfter) {
      return new Attempt<>(null, failure, retryAfter);
    }
  }
}
