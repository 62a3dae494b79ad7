package org.observatory.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Where a source file came from, as the fetch that wrote it recorded (its {@code MANIFEST.json}
 * entry): the fetch source, the URL, when its bytes were fetched and when the server last confirmed
 * them current, and the server's validators.
 *
 * @param source the fetch source, e.g. {@code hub} or {@code epoch}
 * @param url the URL the bytes came from (for a file unpacked from an archive, the archive's URL
 *     with {@code #path} inside it)
 * @param fetchedAt when these bytes were downloaded (UTC)
 * @param checkedAt when the server last confirmed them current (equal to fetchedAt, or later after
 *     an unchanged answer)
 * @param etag the HTTP ETag, or null
 * @param lastModified the HTTP Last-Modified, or null
 */
public record Provenance(
    String source,
    String url,
    Instant fetchedAt,
    Instant checkedAt,
    String etag,
    String lastModified) {
  public Provenance {
    requireNonNull(source, "source");
    requireNonNull(url, "url");
    requireNonNull(fetchedAt, "fetchedAt");
    checkedAt = checkedAt == null ? fetchedAt : checkedAt;
  }
}
