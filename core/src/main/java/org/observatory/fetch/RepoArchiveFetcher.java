package org.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.observatory.model.ObservatoryException;

/**
 * A folder of a public GitHub repository, from the repository's archive ({@code GET
 * /repos/OWNER/REPO/zipball}, which redirects to the default branch's zip): the files of that
 * folder (not its subfolders) that the filter accepts are unpacked, flat, into the source's folder.
 * The archive is read with bounds (entries, bytes per file and in all), since it comes from the
 * network.
 */
final class RepoArchiveFetcher implements SourceFetcher {
  static final int MAX_ENTRIES = 100_000;
  static final long MAX_FILE_BYTES = 256L << 20;
  static final long MAX_TOTAL_BYTES = 1L << 30;

  private final String repo;
  private final String folder;
  private final Predicate<String> wanted;

  /**
   * @param folder the folder inside the repository, ending in {@code /}, or empty for its root
   */
  RepoArchiveFetcher(String repo, String folder, Predicate<String> wanted) {
    this.repo = repo;
    this.folder = folder;
    this.wanted = wanted;
  }

  @Override
  public void fetch(SourceRun run) {
    URI url = run.endpoint("/repos/" + repo + "/zipball");
    List<ManifestEntry> previous = run.previous();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/vnd.github+json");
    if (!previous.isEmpty() && previous.stream().allMatch(run::isIntact)) {
      SourceRun.conditional(previous.get(0), headers);
    }
    Path zip = SafeFile.partOf(run.target(run.source().cliName() + ".zip"));
    try {
      RetryingClient.Reply<Path> reply =
          run.client().get(url, headers, SourceRun.toFile(zip), (u, r) -> r.body());
      if (reply.notModified()) {
        previous.forEach(run::unchanged);
        return;
      }
      int unpacked = unpack(run, zip, url.toString(), reply);
      if (unpacked == 0) {
        throw new ObservatoryException(
            "the archive of "
                + repo
                + " from "
                + url
                + " holds no wanted file under '"
                + folder
                + "': is the endpoint right?");
      }
    } finally {
      SourceRun.deleteQuietly(zip);
    }
  }

  private int unpack(SourceRun run, Path zip, String url, RetryingClient.Reply<Path> reply) {
    int unpacked = 0;
    long total = 0;
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      if (archive.size() > MAX_ENTRIES) {
        throw new ObservatoryException(
            "the archive from " + url + " has " + archive.size() + " entries, over " + MAX_ENTRIES);
      }
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String member = memberPath(entry.getName());
        if (entry.isDirectory() || member == null || !member.startsWith(folder)) {
          continue;
        }
        String name = member.substring(folder.length());
        if (!RepoFolderFetcher.plain(name) || !wanted.test(name)) {
          continue;
        }
        Path part = SafeFile.partOf(run.target(name));
        try (InputStream in = archive.getInputStream(entry);
            OutputStream out = Files.newOutputStream(part)) {
          total += copy(in, out, url, member);
        }
        if (total > MAX_TOTAL_BYTES) {
          SourceRun.deleteQuietly(part);
          throw new ObservatoryException(
              "the archive from " + url + " unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
        }
        run.place(part, name, url, member, reply.header("ETag"), reply.header("Last-Modified"));
        unpacked++;
      }
    } catch (ZipException e) {
      throw new ObservatoryException(
          "the answer of " + url + " is not a zip archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ObservatoryException("cannot unpack the archive from " + url + ": " + e, e);
    }
    return unpacked;
  }

  /** The path inside the repository: the archive's top folder ({@code owner-repo-sha/}) cut off. */
  static String memberPath(String entryName) {
    String n = entryName.replace('\\', '/');
    int slash = n.indexOf('/');
    if (slash < 0 || n.startsWith("/") || n.contains("/../") || n.endsWith("/..")) {
      return null;
    }
    return n.substring(slash + 1);
  }

  private static long copy(InputStream in, OutputStream out, String url, String member)
      throws IOException {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
      n += r;
      if (n > MAX_FILE_BYTES) {
        throw new ObservatoryException(
            member
                + " in the archive from "
                + url
                + " is larger than "
                + MAX_FILE_BYTES
                + " bytes");
      }
      out.write(buf, 0, r);
    }
    return n;
  }
}
