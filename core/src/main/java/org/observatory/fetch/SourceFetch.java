package org.observatory.fetch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.observatory.fetch.SafeFile.Placed;
import org.observatory.model.ObservatoryException;

/**
 * Fetches a source into a fetch folder: its files go to {@code DIR/<source>/}, and {@code
 * DIR/MANIFEST.json} records each (URL, fetch time, ETag/Last-Modified, bytes, sha256). An
 * unchanged file (304, the same git blob sha in a listing, or the same sha256) is not rewritten; a
 * file the source no longer publishes is removed. A failed fetch leaves every earlier good file in
 * place, and is noted in the manifest. This is, with {@code update}, the only code that uses the
 * network.
 */
public final class SourceFetch {
  private final FetchProgress progress;
  private final Clock clock;

  public SourceFetch(FetchProgress progress, Clock clock) {
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Fetches {@code source} from {@code options.baseUrl()} (its default endpoint, or a mirror) into
   * {@code dir}.
   */
  public SourceReport run(Source source, Path dir, FetchOptions options) {
    return run(source, dir, options, source.cliName() + "/", source.fetcher());
  }

  /**
   * The Hub listing into {@code file} itself ({@code fetch hub --out FILE}), recorded in the
   * manifest of the file's folder.
   */
  public SourceReport runHubFile(Path file, FetchOptions options) {
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    return run(
        Source.HUB,
        dir,
        options,
        "",
        run -> {
          FetchReport report =
              new HubFetcher(options).fetch(dir.resolve(name), run.client(), run.progress());
          run.hubReport(report);
          run.record(
              name,
              new Placed(report.bytes(), report.sha256(), report.changed()),
              options.scope(),
              null,
              null,
              null);
        });
  }

  private SourceReport run(
      Source source, Path dir, FetchOptions options, String prefix, SourceFetcher fetcher) {
    try (FolderLock lock = FolderLock.take(dir)) {
      Manifest manifest = Manifest.load(dir);
      RetryingClient client =
          new RetryingClient(RetryingClient.newHttpClient(options), options, progress);
      SourceRun run = new SourceRun(source, manifest, client, options, clock, progress, prefix);
      try {
        fetcher.fetch(run);
        if (!prefix.isEmpty()) {
          run.removeStale();
        }
        manifest.succeeded(source.cliName());
      } catch (ObservatoryException e) {
        manifest.failed(source.cliName(), e.getMessage(), run.now());
        throw e;
      } finally {
        manifest.save();
      }
      return new SourceReport(source, dir, run.outcomes(), client.retries(), run.hubReport());
    }
  }

  /**
   * Starts {@code to} from the files of {@code source} in an earlier fetch folder {@code from}
   * (hard links where the file system allows, else copies) with their manifest entries, so that the
   * next fetch into {@code to} asks only for what changed. Does nothing when {@code to} already
   * holds files of the source. Returns the number of files seeded.
   */
  public int seed(Source source, Path from, Path to) {
    try (FolderLock lock = FolderLock.take(to)) {
      Manifest target = Manifest.load(to);
      if (!target.entries(source.cliName()).isEmpty()) {
        return 0;
      }
      Manifest earlier = Manifest.load(from);
      int seeded = 0;
      for (ManifestEntry e : earlier.entries(source.cliName())) {
        if (!earlier.intact(e)) {
          continue;
        }
        link(earlier.file(e), target.file(e));
        target.put(e);
        seeded++;
      }
      target.save();
      return seeded;
    }
  }

  private static void link(Path from, Path to) {
    try {
      Files.createDirectories(to.toAbsolutePath().getParent());
      Files.deleteIfExists(to);
      try {
        Files.createLink(to, from);
      } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ObservatoryException(
          "cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }
}
