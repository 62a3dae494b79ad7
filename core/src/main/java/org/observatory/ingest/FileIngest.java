package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.observatory.model.BadInputException;
import org.observatory.store.IngestIssue;
import org.observatory.store.IngestTransaction;
import org.observatory.store.SourceFile;
import org.observatory.store.StagingFile;
import org.observatory.store.Store;

/**
 * The ingest of one file of model records into the snapshot of its date: read (decompressed, its
 * byte order mark skipped), normalised and staged in batches ({@link StagedRecords}), judged record
 * by record in file order (counts, issues, {@code --max-bad}), then loaded into the ingest's
 * staging tables, with the file's sha256 and what it contributed.
 */
final class FileIngest {
  private static final int PROGRESS_EVERY = 5_000;

  private final Store store;
  private final IngestTransaction tx;
  private final Path path;
  private final String name;
  private final LocalDate snapshot;
  private final InputFormat format;
  private final IngestRequest request;
  private final RecordNormalizer normalizer;
  private final IngestCounts counts;
  private final IngestProgress progress;
  private final ProvenanceLookup provenance;
  private final IssueTally tally = new IssueTally();
  private long read;
  private long stored;
  private long skipped;
  private long edges;

  /** {@code format}: the file's format, sniffed once by the caller when the user gave none. */
  FileIngest(
      Store store,
      IngestTransaction tx,
      Path path,
      LocalDate snapshot,
      InputFormat format,
      IngestRequest request,
      RecordNormalizer normalizer,
      IngestCounts counts,
      IngestProgress progress,
      ProvenanceLookup provenance) {
    this.store = store;
    this.tx = tx;
    this.path = path;
    this.name = path.toString();
    this.snapshot = snapshot;
    this.format = format;
    this.request = request;
    this.normalizer = normalizer;
    this.counts = counts;
    this.progress = progress;
    this.provenance = provenance;
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
    MessageDigest sha = Ingester.sha256();
    try (Ingester.CountingStream counted = new Ingester.CountingStream(Files.newInputStream(path));
        InputStream raw = new DigestInputStream(counted, sha);
        StagingFile staging = tx.stage(snapshot, path.getFileName().toString())) {
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
      requireFormat(head, n, text != in);
      try (StagedRecords records = open(text)) {
        records.warnings().forEach(w -> tally.add(IngestIssue.WARNING, w, 1));
        for (StagedBatch batch = records.next(); batch != null; batch = records.next()) {
          for (StagedBatch.Outcome o : batch.outcomes()) {
            accept(o);
            if (read % PROGRESS_EVERY == 0) {
              progress.update(name, read, counted.count, total);
            }
          }
          staging.write(batch.rows());
        }
        raw.transferTo(Ingester.OutputSink.INSTANCE);
      }
      counts.advance(read);
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
      staging.load();
      if (format == InputFormat.HUB_PARQUET) {
        sha = Ingester.digestWhole(path);
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

  /** The file's first bytes must fit its format: Parquet magic bytes, or text. */
  private void requireFormat(byte[] head, int n, boolean gzipped) {
    if (format == InputFormat.HUB_PARQUET) {
      if (!FormatDetector.isParquet(head, n)) {
        throw new BadInputException(name, 0, "not a Parquet file (no PAR1 magic bytes)");
      }
      if (gzipped) {
        throw new BadInputException(
            name, 0, "gzip-compressed Parquet is not supported; decompress it first");
      }
    } else {
      FormatDetector.requireText(head, n, name);
    }
  }

  /** Strict UTF-8: a byte sequence that is not UTF-8 fails the read, never becomes U+FFFD. */
  private static Reader textReader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
  }

  /** The file's records, staged in batches, numbered after those of the files before. */
  private StagedRecords open(InputStream in) {
    long cap = request.maxRecordChars();
    switch (format) {
      case HUB_JSONL:
        return new ParallelJsonl(
            new LineReader(textReader(in), cap), name, normalizer, counts.seq());
      case HUB_JSON:
        return serial(new JsonArrayReader(new BufferedReader(textReader(in), 1 << 16), name, cap));
      case MODEL_TREE_CSV:
        return serial(
            new CsvRecordReader(
                new BufferedReader(textReader(in), 1 << 16), name, true, request.map(), cap));
      case CSV:
        return serial(
            new CsvRecordReader(
                new BufferedReader(textReader(in), 1 << 16), name, false, request.map(), cap));
      case HUB_PARQUET:
        return serial(new ParquetRecordReader(store, path, name, request.map()));
      default:
        throw new IllegalStateException("no record reader for " + format);
    }
  }

  private StagedRecords serial(RecordReader reader) {
    return new SerialRecords(reader, normalizer, counts.seq());
  }

  /** One record of the file: stored, or unusable (with the reason). */
  private void accept(StagedBatch.Outcome o) {
    read++;
    if (o.problem() != null) {
      bad(o.line(), o.problem());
      return;
    }
    stored++;
    edges += o.edges();
    for (String reason : o.cleaned()) {
      tally.add("cleaned", reason, o.line());
    }
  }

  private void bad(long line, String reason) {
    skipped++;
    tally.add("skipped", reason, line);
    if (!counts.allowBad()) {
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
