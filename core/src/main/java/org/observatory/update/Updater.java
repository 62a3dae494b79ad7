package org.observatory.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.observatory.fetch.FetchOptions;
import org.observatory.fetch.FetchProgress;
import org.observatory.fetch.FileOutcome;
import org.observatory.fetch.FolderLock;
import org.observatory.fetch.Manifest;
import org.observatory.fetch.Source;
import org.observatory.fetch.SourceFetch;
import org.observatory.fetch.SourceReport;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestReport;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.MissingSource;
import org.observatory.store.Store;

/**
 * Keeps the observatory current: fetches the chosen sources into {@code DATA/YYYY-MM-DD/} (each
 * source but the Hub first seeded from the previous day's folder, so only what changed is
 * downloaded), then ingests everything that arrived in one transaction as that date's snapshot and
 * reference datasets, and says what changed since the previous snapshot.
 *
 * <p>A source that cannot be fetched fails the update before the database is opened: it stays
 * exactly as it was, and the files that did arrive wait in the folder for the next run. With {@code
 * allowPartial} the sources that arrived are ingested and the missing ones recorded in the
 * snapshot's provenance. Re-running on the same day is idempotent: unchanged files are not fetched
 * again, and the snapshot of the day is rebuilt from the folder (its earlier content replaced, in
 * the same transaction).
 */
public final class Updater {
  private final Map<InputFormat, DatasetLoader> loaders;
  private final OriginRegistry origins;
  private final FetchProgress progress;
  private final Clock clock;

  public Updater(
      Map<InputFormat, DatasetLoader> loaders,
      OriginRegistry origins,
      FetchProgress progress,
      Clock clock) {
    this.loaders = Map.copyOf(loaders);
    this.origins = origins;
    this.progress = progress;
    this.clock = clock;
  }

  public UpdateReport run(UpdateRequest request) {
    Path folder = request.folder();
    try (FolderLock lock = FolderLock.take(request.data())) {
      Optional<Path> previous = previousFolder(request.data(), request.date());
      SourceFetch fetch = new SourceFetch(progress, clock);
      List<SourceReport> arrived = new ArrayList<>();
      List<MissingSource> missing = new ArrayList<>();
      Map<String, Integer> seeded = new LinkedHashMap<>();
      for (Source source : request.sources()) {
        FetchOptions options = request.options().get(source);
        if (source != Source.HUB && previous.isPresent()) {
          int n = fetch.seed(source, previous.get(), folder);
          if (n > 0) {
            seeded.put(source.cliName(), n);
          }
        }
        try {
          arrived.add(fetch.run(source, folder, options));
        } catch (UsageException e) {
          throw e;
        } catch (ObservatoryException e) {
          missing.add(
              new MissingSource(source.cliName(), options.baseUrl().toString(), e.getMessage()));
        }
      }
      failUnlessAllowed(request, folder, arrived, missing);
      return ingest(request, folder, arrived, seeded, missing);
    }
  }

  private static void failUnlessAllowed(
      UpdateRequest request, Path folder, List<SourceReport> arrived, List<MissingSource> missing) {
    if (missing.isEmpty()) {
      return;
    }
    String failed =
        missing.stream()
            .map(m -> m.source() + " (" + m.reason() + ")")
            .collect(Collectors.joining("; "));
    if (arrived.isEmpty()) {
      throw new ObservatoryException(
          "no source could be fetched: " + failed + ". The database is unchanged.");
    }
    if (!request.allowPartial()) {
      throw new ObservatoryException(
          "could not fetch "
              + missing.size()
              + " source(s): "
              + failed
              + ". The database is unchanged; what did arrive is in "
              + folder
              + ": run the update again, or add --allow-partial to ingest what arrived and record"
              + " the missing sources in the snapshot's provenance.");
    }
    Optional<MissingSource> hub =
        missing.stream().filter(m -> m.source().equals(Source.HUB.cliName())).findFirst();
    if (hub.isPresent()) {
      // A partial update records its missing sources in the provenance of the day's snapshot;
      // without the Hub there is no such snapshot, and no report would show them. Refuse, as
      // without --allow-partial.
      throw new ObservatoryException(
          "could not fetch the Hub ("
              + hub.get().reason()
              + "): its listing is the snapshot of "
              + request.date()
              + ", so --allow-partial has no snapshot to record the missing sources in. The database"
              + " is unchanged; what did arrive is in "
              + folder
              + ": run the update again, or leave the Hub out of --sources to refresh only the"
              + " reference datasets.");
    }
  }

  private UpdateReport ingest(
      UpdateRequest request,
      Path folder,
      List<SourceReport> arrived,
      Map<String, Integer> seeded,
      List<MissingSource> missing) {
    List<Path> files = new ArrayList<>();
    boolean hub = false;
    for (SourceReport r : arrived) {
      hub |= r.source() == Source.HUB;
      for (FileOutcome f : r.present()) {
        files.add(folder.resolve(f.path()));
      }
    }
    if (files.isEmpty()) {
      throw new ObservatoryException("the sources fetched hold no file to ingest in " + folder);
    }
    List<String> names = arrived.stream().map(r -> r.source().cliName()).toList();
    boolean rebuild = hub;
    try (Store store = Store.open(request.db())) {
      IngestReport ingest =
          new Ingester(store, loaders, Manifest.lookup(2))
              .ingest(
                  new IngestRequest(
                      files, InputFormat.AUTO, request.date(), FieldMap.NONE, request.maxBad()),
                  IngestProgress.NONE,
                  tx -> {
                    if (rebuild) {
                      tx.replaceSnapshot(request.date());
                    }
                    tx.recordMissing(request.date(), names, missing);
                  });
      SnapshotChange change = hub ? SnapshotChange.of(store, origins, request.date()) : null;
      return new UpdateReport(request.date(), folder, arrived, seeded, missing, ingest, change);
    }
  }

  /** The latest dated folder before {@code date} that holds a manifest. */
  static Optional<Path> previousFolder(Path data, LocalDate date) {
    if (!Files.isDirectory(data)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(data)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE_NAME)))
          .filter(p -> dateOf(p).filter(d -> d.isBefore(date)).isPresent())
          .max(java.util.Comparator.comparing(p -> dateOf(p).orElseThrow()));
    } catch (IOException e) {
      throw new ObservatoryException("cannot list " + data + ": " + e.getMessage(), e);
    }
  }

  private static Optional<LocalDate> dateOf(Path folder) {
    try {
      return Optional.of(LocalDate.parse(folder.getFileName().toString()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
