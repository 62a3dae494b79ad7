package org.observatory.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.fetch.FileOutcome.Status;
import org.observatory.fetch.SafeFile.Placed;
import org.observatory.model.ObservatoryException;

/**
 * One source being fetched into its folder of a fetch folder ({@code DIR/<source>/}): downloads
 * with conditional requests (the previous ETag and Last-Modified, when the file on disk is still
 * the one the manifest describes), writes through {@link SafeFile}, records each file in the
 * manifest, and at the end removes the files the source no longer publishes.
 */
final class SourceRun {
  private final Source source;
  private final Manifest manifest;
  private final RetryingClient client;
  private final FetchOptions options;
  private final Clock clock;
  private final FetchProgress progress;
  private final String prefix;
  private FetchReport hubReport;
  private final Map<String, FileOutcome> outcomes = new LinkedHashMap<>();

  /**
   * @param prefix the folder of the source's files relative to the manifest's folder, ending in
   *     {@code /} (or empty for a file named directly, as {@code fetch hub --out FILE} does)
   */
  SourceRun(
      Source source,
      Manifest manifest,
      RetryingClient client,
      FetchOptions options,
      Clock clock,
      FetchProgress progress,
      String prefix) {
    this.source = source;
    this.manifest = manifest;
    this.client = client;
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.prefix = prefix;
  }

  Source source() {
    return source;
  }

  FetchOptions options() {
    return options;
  }

  RetryingClient client() {
    return client;
  }

  FetchProgress progress() {
    return progress;
  }

  /** The Hub listing's report, kept for the source's report. */
  void hubReport(FetchReport report) {
    hubReport = report;
  }

  FetchReport hubReport() {
    return hubReport;
  }

  /** A URL on the source's endpoint: the endpoint (a mirror's, if given) followed by the path. */
  URI endpoint(String pathAndQuery) {
    return URI.create(options.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery);
  }

  /** Where a file of the source goes. */
  Path target(String name) {
    return manifest.dir().resolve(prefix + name);
  }

  /** The manifest entry of a file of the source, when the file on disk still matches it. */
  Optional<ManifestEntry> intact(String name) {
    return manifest.entry(prefix + name).filter(manifest::intact);
  }

  /** The manifest's entries of this source's files. */
  List<ManifestEntry> previous() {
    return manifest.entries(source.cliName()).stream()
        .filter(e -> e.path().startsWith(prefix))
        .toList();
  }

  boolean isIntact(ManifestEntry entry) {
    return manifest.intact(entry);
  }

  /**
   * Downloads {@code url} into the file {@code name}: a conditional GET when the manifest holds an
   * intact earlier copy; a 304, or the same bytes, leave the file as it is.
   */
  FileOutcome download(URI url, String name, Map<String, String> headers) {
    Optional<ManifestEntry> previous = intact(name);
    Map<String, String> request = new LinkedHashMap<>(headers);
    previous.ifPresent(p -> conditional(p, request));
    Path target = target(name);
    Path part = SafeFile.partOf(target);
    RetryingClient.Reply<Path> reply = client.get(url, request, toFile(part), (u, r) -> r.body());
    if (reply.notModified()) {
      deleteQuietly(part);
      if (previous.isEmpty()) {
        throw new ObservatoryException(
            "GET " + url + " answered 304 Not Modified to a request that was not conditional");
      }
      return unchanged(previous.get());
    }
    return place(
        part, name, url.toString(), null, reply.header("ETag"), reply.header("Last-Modified"));
  }

  /**
   * A 2xx body into {@code part} (its folder made only then, so a failed first fetch leaves no
   * empty folder), truncated first: a retry never leaves the tail of an earlier attempt.
   */
  static HttpResponse.BodyHandler<Path> toFile(Path part) {
    return info -> {
      createParent(part);
      return HttpResponse.BodySubscribers.ofFile(
          part,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    };
  }

  /** Adds the validators of an intact earlier copy to a request. */
  static void conditional(ManifestEntry previous, Map<String, String> request) {
    if (previous.etag() != null) {
      request.put("If-None-Match", previous.etag());
    }
    if (previous.lastModified() != null) {
      request.put("If-Modified-Since", previous.lastModified());
    }
  }

  /**
   * Moves a complete temporary file over the file {@code name} (unless it holds the same bytes) and
   * records where it came from.
   */
  FileOutcome place(
      Path temp, String name, String url, String member, String etag, String lastModified) {
    Placed placed = SafeFile.place(temp, target(name));
    return record(name, placed, url, member, etag, lastModified);
  }

  /** Records a file already placed (the Hub listing places its own). */
  FileOutcome record(
      String name, Placed placed, String url, String member, String etag, String lastModified) {
    String path = prefix + name;
    Instant now = now();
    Optional<ManifestEntry> old = manifest.entry(path);
    boolean same = old.isPresent() && old.get().sha256().equals(placed.sha256());
    manifest.put(
        new ManifestEntry(
            path,
            source.cliName(),
            url,
            member,
            same ? old.get().fetchedAt() : now,
            now,
            etag,
            lastModified,
            placed.bytes(),
            placed.sha256()));
    Status status =
        same || !placed.changed() ? Status.UNCHANGED : old.isEmpty() ? Status.NEW : Status.CHANGED;
    return outcome(new FileOutcome(path, status, placed.bytes()));
  }

  /** The server (or a listing's checksum) confirmed an intact file current. */
  FileOutcome unchanged(ManifestEntry entry) {
    manifest.put(entry.checked(now()));
    return outcome(new FileOutcome(entry.path(), Status.UNCHANGED, entry.bytes()));
  }

  private FileOutcome outcome(FileOutcome o) {
    outcomes.put(o.path(), o);
    return o;
  }

  /**
   * Removes the files of the source this run did not write or confirm: the source no longer
   * publishes them. Called only after a complete fetch.
   */
  void removeStale() {
    Set<String> kept = new HashSet<>(outcomes.keySet());
    for (ManifestEntry e : manifest.entries(source.cliName())) {
      if (!e.path().startsWith(prefix) || kept.contains(e.path())) {
        continue;
      }
      deleteQuietly(manifest.file(e));
      manifest.remove(e.path());
      outcome(new FileOutcome(e.path(), Status.REMOVED, 0));
    }
  }

  List<FileOutcome> outcomes() {
    return new ArrayList<>(outcomes.values());
  }

  /** The time recorded in the manifest, to the second (UTC). */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  static void createParent(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new ObservatoryException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
