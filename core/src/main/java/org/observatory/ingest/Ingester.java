package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  /** An ingester of Hub model records only. */
  public Ingester(Store store) {
    this(store, Map.of());
  }

  /** An ingester of Hub model records and of the reference datasets the given loaders read. */
  public Ingester(Store store, Map<InputFormat, DatasetLoader> loaders) {
    this.store = store;
    this.loaders = Map.copyOf(loaders);
  }

  public IngestReport ingest(IngestRequest request, IngestProgress progress) {
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
    try (IngestTransaction tx = store.beginIngest()) {
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
                : loadDataset(tx, file, format));
      }
      Set<LocalDate> written = tx.commit();
      return new IngestReport(reports, written);
    }
  }

  /** Tells a file's format from its first bytes (decompressed when gzip-compressed). */
  static InputFormat sniff(Path file) {
    String name = file.toString();
    try (InputStream in = new DatasetFile(file, name).open()) {
      byte[] head = new byte[FormatDetector.SNIFF];
      int n = FormatDetector.readHead(in, head);
      return FormatDetector.isParquet(head, n)
          ? InputFormat.HUB_PARQUET
          : FormatDetector.detectText(head, n, name);
    } catch (IOException e) {
      throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private FileReport loadDataset(IngestTransaction tx, Path file, InputFormat format) {
    DatasetLoader loader = loaders.get(format);
    if (loader == null) {
      throw new UsageException("this command cannot load " + format.cliName() + " files: " + file);
    }
    String fileName = file.getFileName().toString();
    DatasetResult r = loader.load(new DatasetFile(file, file.toString()), tx);
    String digest;
    try {
      digest = HexFormat.of().formatHex(digestWhole(file).digest());
    } catch (IOException e) {
      throw new BadInputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
    tx.addDatasetSource(format.cliName(), fileName, digest, r.stored(), r.date());
    return new FileReport(
        fileName, r.date(), format, digest, r.read(), r.stored(), r.skipped(), 0, r.issues());
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
        throw new UsageException("no such file or folder: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new UsageException("no input files in " + paths);
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
      long total = size();
      MessageDigest sha = sha256();
      try (CountingStream counted = new CountingStream(Files.newInputStream(path));
          InputStream raw = new DigestInputStream(counted, sha)) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        byte[] head = new byte[FormatDetector.SNIFF];
        in.mark(head.length + 1);
        int n = FormatDetector.readHead(in, head);
        in.reset();
        InputStream text = in;
        if (FormatDetector.isGzip(head, n)) {
          text = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
          text.mark(head.length + 1);
          n = FormatDetector.readHead(text, head);
          text.reset();
        }
        InputFormat format = resolveFormat(head, n, text != in);
        if (format == InputFormat.HUB_JSONL) {
          try (ParallelJsonl lines = new ParallelJsonl(textReader(text), name, normalizer)) {
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
                edges),
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
            tally.issues());
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

    private static BufferedReader textReader(InputStream in) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private RecordReader open(InputFormat format, InputStream in) {
      BufferedReader reader = textReader(in);
      switch (format) {
        case HUB_JSON:
          return new JsonArrayReader(reader, name);
        case MODEL_TREE_CSV:
          return new CsvRecordReader(reader, name, true, request.map());
        case CSV:
          return new CsvRecordReader(reader, name, false, request.map());
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
