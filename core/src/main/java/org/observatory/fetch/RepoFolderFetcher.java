package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.observatory.model.ObservatoryException;

/**
 * A folder of a public GitHub repository, listed by the contents API ({@code GET
 * /repos/OWNER/REPO/contents/FOLDER}: name, git blob sha and download URL of each file). Only files
 * the folder does not hold with the same git blob sha are downloaded (for the weekly rankings: the
 * new weeks), each from its {@code download_url}.
 */
final class RepoFolderFetcher implements SourceFetcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String repo;
  private final String folder;
  private final String suffix;

  RepoFolderFetcher(String repo, String folder, String suffix) {
    this.repo = repo;
    this.folder = folder;
    this.suffix = suffix;
  }

  @Override
  public void fetch(SourceRun run) {
    URI listing = run.endpoint("/repos/" + repo + "/contents/" + folder);
    JsonNode files =
        run.client()
            .get(
                listing,
                Map.of("Accept", "application/vnd.github+json"),
                HttpResponse.BodyHandlers.ofByteArray(),
                RepoFolderFetcher::parse)
            .body();
    int matched = 0;
    for (JsonNode f : files) {
      String name = f.path("name").asText("");
      if (!"file".equals(f.path("type").asText()) || !name.endsWith(suffix) || !plain(name)) {
        continue;
      }
      JsonNode download = f.get("download_url");
      if (download == null || !download.isTextual()) {
        throw new ObservatoryException(
            "the listing " + listing + " gives no download_url for " + name);
      }
      matched++;
      Optional<ManifestEntry> held = run.intact(name);
      if (held.isPresent() && f.path("sha").asText().equals(gitBlobSha(run.target(name)))) {
        run.unchanged(held.get());
      } else {
        run.download(listing.resolve(download.asText().strip()), name, Map.of());
      }
    }
    if (matched == 0) {
      throw new ObservatoryException(
          "the listing " + listing + " holds no *" + suffix + " file: is the endpoint right?");
    }
  }

  /** A file name without a folder, not hidden. */
  static boolean plain(String name) {
    return !name.isEmpty()
        && !name.startsWith(".")
        && !name.contains("/")
        && !name.contains("\\")
        && !name.equals(Manifest.FILE_NAME);
  }

  private static JsonNode parse(URI url, HttpResponse<byte[]> response) throws IOException {
    JsonNode root = JSON.readTree(response.body());
    if (root == null || !root.isArray()) {
      throw new ObservatoryException(
          "expected a JSON array (a folder listing) from "
              + url
              + ", got "
              + (root == null ? "nothing" : root.getNodeType()));
    }
    return root;
  }

  /** Git's blob id of a file: SHA-1 of {@code "blob <length>\0"} and the bytes. */
  static String gitBlobSha(Path file) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          sha1.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(sha1.digest());
    } catch (IOException e) {
      throw new ObservatoryException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new ObservatoryException("no SHA-1 in this JVM", e);
    }
  }
}
