package org.observatory.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.observatory.model.BadInputException;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;
import org.observatory.store.IngestTransaction;
import org.observatory.store.Store;

/**
 * Ingests Hub model metadata files into dated snapshots of the store, all files of one call in one
 * transaction: either every snapshot it touches is written, or the database stays exactly as it
 * was.
 */
public final class Ingester {

  private final Store store;
  private final Map<InputFormat, DatasetLoader> loaders;
  private final ProvenanceLookup provenance;

  /** An ingester of Hub model records only. */
  public Ingester(Store store) {
    this(store, Map.of());
  }

  /** An ingester of Hub model records and of the reference datasets the given loaders read. */
  public Ingester(Store store, Map<InputFormat, DatasetLoader> loaders) {
    this(store, loaders, ProvenanceLookup.NONE);
  }

  /**
   * An ingester that also stores, beside each file's sha256, where the file came from ({@code
   * provenance}: the manifest of the fetch that wrote it).
   */
  public Ingester(
      Store store, Map<InputFormat, DatasetLoader> loaders, ProvenanceLookup provenance) {
    this.store = store;
    this.loaders = Map.copyOf(loaders);
    this.provenance = provenance;
  }

  public IngestReport ingest(IngestRequest request, IngestProgress progress) {
    return ingest(request, progress, tx -> {});
  }

  /**
   * Ingests as {@link #ingest(IngestRequest, IngestProgress)}, first running {@code prelude} in the
   * same transaction (e.g. {@code update} emptying the snapshot it rebuilds and recording the
   * sources it missed): it is committed with the files, or rolled back with them.
   */
  public IngestReport ingest(
      IngestRequest request,
      IngestProgress progress,
      java.util.function.Consumer<IngestTransaction> prelude) {
    List<Path> files = expand(request.paths());
    Map<Path, InputFormat> formats = new LinkedHashMap<>();
    for (Path f : files) {
      formats.put(f, request.format() == InputFormat.AUTO ? sniff(f) : request.format());
    }
    List<Path> modelFiles = files.stream().filter(f -> formats.get(f).isModelRecords()).toList();
    Map<Path, LocalDate> dates = snapshotDates(modelFiles, request.snapshot());
    RecordNormalizer normalizer = new RecordNormalizer(request.map());
    IngestCounts counts = new IngestCounts(request.maxBad());
    List<FileReport> reports = new ArrayList<>();
    Map<String, Path> datasetNames = new java.util.HashMap<>();
    try (IngestTransaction tx = store.beginIngest()) {
      prelude.accept(tx);
      for (Path file : files) {
        InputFormat format = formats.get(file);
        reports.add(
            format.isModelRecords()
                ? new FileIngest(
                        store,
                        tx,
                        file,
                        dates.get(file),
                        format,
                        request,
                        normalizer,
                        counts,
                        progress,
                        provenance)
                    .run()
                : loadDataset(tx, file, format, request, datasetNames));
      }
      Set<LocalDate> written = tx.commit();
      return new IngestReport(reports, written);
    }
  }

  /** Tells a file's format from its first bytes (decompressed when gzip-compressed). */
  static InputFormat sniff(Path file) {
    String name = file.toString();
    DatasetFile dataset = new DatasetFile(file, name);
    try (InputStream in = dataset.open()) {
      byte[] head = new byte[FormatDetector.SNIFF];
      int n = FormatDetector.readHead(in, head);
      return FormatDetector.isParquet(head, n)
          ? InputFormat.HUB_PARQUET
          : FormatDetector.detectText(head, n, name);
    } catch (IOException e) {
      throw dataset.failure(e);
    }
  }

  private FileReport loadDataset(
      IngestTransaction tx,
      Path file,
      InputFormat format,
      IngestRequest request,
      Map<String, Path> earlierInCall) {
    DatasetLoader loader = loaders.get(format);
    if (loader == null) {
      throw new UsageException("this command cannot load " + format.cliName() + " files: " + file);
    }
    String fileName = file.getFileName().toString();
    DatasetFile dataset = new DatasetFile(file, file.toString(), request.maxRecordChars());
    Optional<Map<String, Object>> stored = tx.storedDataset(format.cliName(), fileName);
    DatasetResult r;
    try {
      r = loader.load(dataset, tx);
    } catch (BadInputException e) {
      throw Utf8.explain(dataset, e).orElse(e);
    }
    if (r.read() == 0 && !request.allowEmpty()) {
      throw new BadInputException(
          file.toString(),
          0,
          "no records: an empty "
              + format.cliName()
              + " file stores nothing (give --allow-empty to accept it)");
    }
    String digest;
    try {
      digest = HexFormat.of().formatHex(digestWhole(file).digest());
    } catch (IOException e) {
      throw dataset.failure(e);
    }
    tx.addDatasetSource(
        format.cliName(),
        fileName,
        digest,
        r.stored(),
        r.date(),
        provenance.of(file, digest).orElse(null));
    List<String> notes = new ArrayList<>();
    Path earlier = earlierInCall.put(format.cliName() + "/" + fileName, file);
    if (earlier != null) {
      notes.add(
          "replaced the rows of " + earlier + " read earlier in this ingest (same file name)");
    } else if (stored.isPresent()) {
      Map<String, Object> s = stored.get();
      notes.add(
          "replaced the "
              + String.format(java.util.Locale.ROOT, "%,d", ((Number) s.get("records")).longValue())
              + " stored records of "
              + fileName
              + " ingested "
              + s.get("ingested_at").toString().replace('T', ' ').replaceAll("\\.\\d+$", "")
              + (digest.equals(s.get("sha256"))
                  ? " (same content)"
                  : " (sha256 "
                      + s.get("sha256").toString().substring(0, 16)
                      + ", different content)"));
    }
    return new FileReport(
        fileName,
        r.date(),
        format,
        digest,
        r.read(),
        r.stored(),
        r.skipped(),
        0,
        r.issues(),
        notes);
  }

  static MessageDigest digestWhole(Path path) throws IOException {
    MessageDigest d = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), d)) {
      in.transferTo(OutputSink.INSTANCE);
    }
    return d;
  }

  /**
   * Regular files of the given paths; a directory gives its files (not hidden ones), sorted by
   * name.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UsageException("cannot list the folder " + p + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new BadInputException(p.toString(), 0, InputPaths.whyNotAFile(p));
      }
    }
    if (out.isEmpty()) {
      throw new BadInputException(
          paths.get(0).toString(), 0, "no input files in the folder (hidden files are skipped)");
    }
    return out;
  }

  private static Map<Path, LocalDate> snapshotDates(List<Path> files, LocalDate given) {
    Map<Path, LocalDate> dates = new LinkedHashMap<>();
    List<String> undated = new ArrayList<>();
    for (Path f : files) {
      LocalDate d = given;
      if (d == null) {
        d = SnapshotDates.fromFileName(f.getFileName().toString()).orElse(null);
      }
      if (d == null) {
        undated.add(f.toString());
      }
      dates.put(f, d);
    }
    if (!undated.isEmpty()) {
      throw new UsageException(
          "no snapshot date: give --snapshot YYYY-MM-DD, or put a date in the file name (e.g. hub_20250422.jsonl): "
              + String.join(", ", undated));
    }
    return dates;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ObservatoryException("no SHA-256 in this JVM", e);
    }
  }

  /** Counts the bytes read from the file, for the progress bar. */
  static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** Discards bytes (to finish a digest). */
  static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
