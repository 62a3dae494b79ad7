package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;

/**
 * The {@code MANIFEST.json} of a fetch folder: one entry per file the fetchers wrote (URL, fetch
 * time, ETag/Last-Modified, bytes, sha256), and the sources whose last fetch failed. Read when a
 * fetch starts, written (to a temporary file, then renamed) when it ends. {@code ingest} reads it
 * to store each file's provenance beside its sha256.
 */
public final class Manifest {
  public static final String FILE_NAME = "MANIFEST.json";
  private static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;
  private final Map<String, ManifestEntry> entries = new TreeMap<>();
  private final Map<String, Failure> failures = new TreeMap<>();

  private Manifest(Path dir) {
    this.dir = dir;
  }

  /** A source whose last fetch into the folder failed, and why. */
  public record Failure(String source, String error, Instant at) {}

  /** The manifest of {@code dir}; empty when the folder has none yet. */
  public static Manifest load(Path dir) {
    Manifest m = new Manifest(dir);
    Path file = dir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return m;
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      for (JsonNode e : root.path("files")) {
        ManifestEntry entry = entry(e);
        m.entries.put(entry.path(), entry);
      }
      for (JsonNode f : root.path("failures")) {
        m.failures.put(
            f.path("source").asText(),
            new Failure(
                f.path("source").asText(), f.path("error").asText(), instant(f.path("at"))));
      }
      return m;
    } catch (IOException | RuntimeException e) {
      throw new UsageException(
          "cannot read "
              + file
              + " ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "): repair or delete it (the next fetch then downloads every file again)");
    }
  }

  public Path dir() {
    return dir;
  }

  /** Every entry, by path. */
  public List<ManifestEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entries of one source, by path. */
  public List<ManifestEntry> entries(String source) {
    return entries.values().stream().filter(e -> e.source().equals(source)).toList();
  }

  public Optional<ManifestEntry> entry(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  /** Sources whose last fetch failed. */
  public List<Failure> failures() {
    return List.copyOf(failures.values());
  }

  void put(ManifestEntry entry) {
    entries.put(entry.path(), entry);
  }

  void remove(String path) {
    entries.remove(path);
  }

  void failed(String source, String error, Instant at) {
    failures.put(source, new Failure(source, error, at));
  }

  void succeeded(String source) {
    failures.remove(source);
  }

  /** The file an entry describes. */
  public Path file(ManifestEntry e) {
    return dir.resolve(e.path());
  }

  /** Whether the file is on disk with the entry's length and sha256. */
  boolean intact(ManifestEntry e) {
    Path file = file(e);
    try {
      return Files.isRegularFile(file)
          && Files.size(file) == e.bytes()
          && SafeFile.digest(file).sha256().equals(e.sha256());
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * The entry of {@code file} with this sha256, from the manifest of its folder or of one of the
   * {@code levels} folders above it; empty when none lists it with these bytes.
   */
  public static Optional<ManifestEntry> find(Path file, String sha256, int levels) {
    return find(file, sha256, levels, new java.util.HashMap<>());
  }

  /**
   * The provenance of files from the manifests of their folders (or of up to {@code levels} folders
   * above), each manifest read once: what {@code ingest} stores beside a file's sha256.
   */
  public static org.observatory.ingest.ProvenanceLookup lookup(int levels) {
    Map<Path, Manifest> read = new java.util.HashMap<>();
    return (file, sha256) -> find(file, sha256, levels, read).map(ManifestEntry::provenance);
  }

  private static Optional<ManifestEntry> find(
      Path file, String sha256, int levels, Map<Path, Manifest> read) {
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    for (int i = 0; i <= levels && dir != null; i++, dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
        String rel = dir.relativize(abs).toString().replace('\\', '/');
        Optional<ManifestEntry> e =
            read.computeIfAbsent(dir, Manifest::load)
                .entry(rel)
                .filter(x -> x.sha256().equals(sha256));
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  /** Writes the manifest (to a temporary file, then renamed over the old one). */
  void save() {
    ObjectNode root = JSON.createObjectNode();
    root.put("manifest_version", VERSION);
    root.put(
        "about",
        "Files written by `observatory fetch`/`update`: where each came from, when, and its sha256.");
    ArrayNode files = root.putArray("files");
    for (ManifestEntry e : entries.values()) {
      ObjectNode o = files.addObject();
      o.put("path", e.path());
      o.put("source", e.source());
      o.put("url", e.url());
      if (e.member() != null) {
        o.put("member", e.member());
      }
      o.put("fetched_at", e.fetchedAt().toString());
      o.put("checked_at", e.checkedAt().toString());
      o.put("etag", e.etag());
      o.put("last_modified", e.lastModified());
      o.put("bytes", e.bytes());
      o.put("sha256", e.sha256());
    }
    ArrayNode failed = root.putArray("failures");
    for (Failure f : failures.values()) {
      failed
          .addObject()
          .put("source", f.source())
          .put("error", f.error())
          .put("at", f.at().toString());
    }
    Path file = dir.resolve(FILE_NAME);
    Path tmp = dir.resolve("." + FILE_NAME + ".part");
    try {
      Files.createDirectories(dir);
      JSON.writeValue(tmp.toFile(), root);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ObservatoryException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static ManifestEntry entry(JsonNode e) {
    return new ManifestEntry(
        text(e, "path"),
        text(e, "source"),
        text(e, "url"),
        text(e, "member"),
        instant(e.path("fetched_at")),
        e.hasNonNull("checked_at") ? instant(e.path("checked_at")) : null,
        text(e, "etag"),
        text(e, "last_modified"),
        e.path("bytes").asLong(),
        text(e, "sha256"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode v) {
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a UTC time: '" + v.asText() + "'", e);
    }
  }

  /** For messages and tests. */
  @Override
  public String toString() {
    return "Manifest[" + dir + ", " + new ArrayList<>(entries.keySet()) + "]";
  }
}
