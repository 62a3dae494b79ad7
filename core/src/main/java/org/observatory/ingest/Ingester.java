package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.GZIPInputStream;
import org.observatory.model.BadInputException;
import org.observatory.model.ObservatoryException;
import org.observatory.model.ParentEdge;
import org.observatory.model.UsageException;
import org.observatory.store.IngestIssue;
import org.observatory.store.IngestTransaction;
import org.observatory.store.SourceFile;
import org.observatory.store.Store;

/**
 * Ingests Hub model metadata files into dated snapshots of the store, all files of one call in one
 * transaction: either every snapshot it touches is written, or the database stays exactly as it
 * was.
 */
public final class Ingester {
  private static final int PROGRESS_EVERY = 5_000;

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
    long[] budget = {request.maxBad()};
    long[] seq = {0};
    List<FileReport> reports = new ArrayList<>();
    Map<String, Path> datasetNames = new java.util.HashMap<>();
    try (IngestTransaction tx = store.beginIngest()) {
      prelude.accept(tx);
      for (Path file : files) {
        InputFormat format = formats.get(file);
        reports.add(
            format.isModelRecords()
                ? new FileIngest(
                        tx,
                        file,
                        dates.get(file),
                        format,
                        request,
                        normalizer,
                        budget,
                        seq,
                        progress)
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

  private static MessageDigest digestWhole(Path path) throws IOException {
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

  /** The ingest of one file. */
  private final class FileIngest {
    private final IngestTransaction tx;
    private final Path path;
    private final String name;
    private final LocalDate snapshot;
    private final InputFormat requested;
    private final IngestRequest request;
    private final RecordNormalizer normalizer;
    private final long[] budget;
    private final long[] seq;
    private final IngestProgress progress;
    private final IssueTally tally = new IssueTally();
    private long read;
    private long stored;
    private long skipped;
    private long edges;

    FileIngest(
        IngestTransaction tx,
        Path path,
        LocalDate snapshot,
        InputFormat requested,
        IngestRequest request,
        RecordNormalizer normalizer,
        long[] budget,
        long[] seq,
        IngestProgress progress) {
      this.tx = tx;
      this.path = path;
      this.name = path.toString();
      this.snapshot = snapshot;
      this.requested = requested;
      this.request = request;
      this.normalizer = normalizer;
      this.budget = budget;
      this.seq = seq;
      this.progress = progress;
    }

    FileReport run() {
      try {
        return read();
      } catch (BadInputException e) {
        throw Utf8.explain(new DatasetFile(path, name), e).orElse(e);
      }
    }

    private FileReport read() {
      long total = size();
      MessageDigest sha = sha256();
      try (CountingStream counted = new CountingStream(Files.newInputStream(path));
          InputStream raw = new DigestInputStream(counted, sha)) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        byte[] head = new byte[FormatDetector.SNIFF];
        in.mark(head.length + 1);
        int n = FormatDetector.readHead(in, head);
        in.reset();
        BufferedInputStream text = in;
        if (FormatDetector.isGzip(head, n)) {
          text = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
          text.mark(head.length + 1);
          n = FormatDetector.readHead(text, head);
          text.reset();
        }
        int bom = Utf8.byteOrderMark(head, n);
        if (bom > 0) {
          Utf8.skipByteOrderMark(text);
          System.arraycopy(head, bom, head, 0, n - bom);
          n -= bom;
        }
        InputFormat format = resolveFormat(head, n, text != in);
        if (format == InputFormat.HUB_JSONL) {
          try (ParallelJsonl lines =
              new ParallelJsonl(
                  new LineReader(textReader(text), request.maxRecordChars()), name, normalizer)) {
            for (List<ParallelJsonl.Parsed> batch = lines.next();
                batch != null;
                batch = lines.next()) {
              for (ParallelJsonl.Parsed p : batch) {
                accept(p.line(), p.unreadable(), p.normalized());
                if (read % PROGRESS_EVERY == 0) {
                  progress.update(name, read, counted.count, total);
                }
              }
            }
            raw.transferTo(OutputSink.INSTANCE);
          }
        } else {
          try (RecordReader reader = open(format, text)) {
            reader.warnings().forEach(w -> tally.add(IngestIssue.WARNING, w, 1));
            for (SourceRecord r : reader) {
              accept(r);
              if (read % PROGRESS_EVERY == 0) {
                progress.update(name, read, counted.count, total);
              }
            }
            raw.transferTo(OutputSink.INSTANCE);
          }
        }
        if (read == 0 && !request.allowEmpty()) {
          throw new BadInputException(
              name,
              0,
              "no records: an empty "
                  + format.cliName()
                  + " file would store an empty snapshot "
                  + snapshot
                  + ", the latest (give --allow-empty to accept it)");
        }
        if (format == InputFormat.HUB_PARQUET) {
          sha = digestWhole(path);
        }
        progress.update(name, read, total, total);
        String digest = HexFormat.of().formatHex(sha.digest());
        tx.addSource(
            new SourceFile(
                snapshot,
                path.getFileName().toString(),
                digest,
                format.cliName(),
                read,
                stored,
                skipped,
                edges,
                provenance.of(path, digest).orElse(null)),
            tally.issues());
        return new FileReport(
            path.getFileName().toString(),
            snapshot,
            format,
            digest,
            read,
            stored,
            skipped,
            edges,
            tally.issues(),
            List.of());
      } catch (IOException e) {
        throw new BadInputException(name, read + 1, "cannot read: " + e.getMessage(), e);
      }
    }

    private InputFormat resolveFormat(byte[] head, int n, boolean gzipped) {
      boolean parquet = FormatDetector.isParquet(head, n);
      InputFormat format = requested;
      if (format == InputFormat.AUTO) {
        format = parquet ? InputFormat.HUB_PARQUET : FormatDetector.detectText(head, n, name);
      }
      if (format == InputFormat.HUB_PARQUET) {
        if (!parquet) {
          throw new BadInputException(name, 0, "not a Parquet file (no PAR1 magic bytes)");
        }
        if (gzipped) {
          throw new BadInputException(
              name, 0, "gzip-compressed Parquet is not supported; decompress it first");
        }
      } else {
        FormatDetector.requireText(head, n, name);
      }
      return format;
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 fails the read, never becomes U+FFFD. */
    private static Reader textReader(InputStream in) {
      return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    private RecordReader open(InputFormat format, InputStream in) {
      long cap = request.maxRecordChars();
      switch (format) {
        case HUB_JSON:
          return new JsonArrayReader(new BufferedReader(textReader(in), 1 << 16), name, cap);
        case MODEL_TREE_CSV:
          return new CsvRecordReader(
              new BufferedReader(textReader(in), 1 << 16), name, true, request.map(), cap);
        case CSV:
          return new CsvRecordReader(
              new BufferedReader(textReader(in), 1 << 16), name, false, request.map(), cap);
        case HUB_PARQUET:
          return new ParquetRecordReader(store, path, name, request.map());
        default:
          throw new IllegalStateException(
              "no record reader for " + format + " (JSON Lines go through ParallelJsonl)");
      }
    }

    private void accept(SourceRecord r) {
      accept(r.line(), r.unreadable(), r.isReadable() ? normalizer.normalize(r) : null);
    }

    /** One record of the file: unreadable (with the reason), or normalised. */
    private void accept(long line, String unreadable, Normalized n) {
      read++;
      if (unreadable != null) {
        bad(line, unreadable);
        return;
      }
      if (n.skipped() != null) {
        bad(line, n.skipped());
        return;
      }
      tx.addModel(snapshot, ++seq[0], n.record(), path.getFileName().toString());
      stored++;
      for (ParentEdge e : n.edges()) {
        tx.addEdge(snapshot, e);
        edges++;
      }
      for (String reason : n.cleaned()) {
        tally.add("cleaned", reason, line);
      }
    }

    private void bad(long line, String reason) {
      skipped++;
      tally.add("skipped", reason, line);
      if (--budget[0] < 0) {
        throw new BadInputException(
            name,
            line,
            "unusable record: "
                + reason
                + (request.maxBad() > 0 ? " (more than --max-bad " + request.maxBad() + ")" : "")
                + "; nothing was stored. Use --max-bad N to accept up to N such records.");
      }
    }

    private long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ObservatoryException("no SHA-256 in this JVM", e);
    }
  }

  /** Counts the bytes read from the file, for the progress bar. */
  private static final class CountingStream extends FilterInputStream {
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
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
