package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.observatory.model.Provenance;

/**
 * One file of a fetch folder as its {@code MANIFEST.json} records it.
 *
 * @param path the file, relative to the folder holding the manifest, with {@code /} separators
 * @param source the fetch source that wrote it
 * @param url where its bytes came from (an archive's URL for a file unpacked from it)
 * @param member the file's path inside that archive, or null
 * @param fetchedAt when these bytes were downloaded
 * @param checkedAt when the server last confirmed them current
 * @param etag the response's ETag, or null
 * @param lastModified the response's Last-Modified, or null
 * @param bytes the file's length
 * @param sha256 the file's SHA-256 (hex)
 */
public record ManifestEntry(
    String path,
    String source,
    String url,
    String member,
    Instant fetchedAt,
    Instant checkedAt,
    String etag,
    String lastModified,
    long bytes,
    String sha256) {
  public ManifestEntry {
    requireNonNull(path, "path");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
    requireNonNull(fetchedAt, "fetchedAt");
    requireNonNull(sha256, "sha256");
    checkedAt = checkedAt == null ? fetchedAt : checkedAt;
    if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a relative path inside the folder: " + path);
    }
  }

  /** The same file, confirmed current by the server at {@code when}. */
  ManifestEntry checked(Instant when) {
    return new ManifestEntry(
        path, source, url, member, fetchedAt, when, etag, lastModified, bytes, sha256);
  }

  /** What the ingest stores beside the file's sha256. */
  public Provenance provenance() {
    return new Provenance(
        source,
        member == null ? url : url + "#" + member,
        fetchedAt,
        checkedAt,
        etag,
        lastModified);
  }
}
