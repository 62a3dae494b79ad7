package org.observatory.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.observatory.ingest.FileReport;
import org.observatory.ingest.IngestReport;
import org.observatory.store.IngestIssue;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;

/** Prints ingest reports and snapshot listings as plain-text tables. */
final class Summaries {
  private final PrintWriter out;

  Summaries(PrintWriter out) {
    this.out = out;
  }

  void ingest(IngestReport report, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    out.printf(
        "Ingested %d file(s): %,d records read, %,d stored, %,d skipped, in %.1f s (%,.0f records/s)%n",
        report.files().size(),
        report.read(),
        report.stored(),
        report.skipped(),
        seconds,
        report.read() / seconds);
    out.printf(
        "%-58s %-10s %-15s %9s %9s %8s %9s%n",
        "file", "snapshot", "format", "read", "stored", "skipped", "edges");
    for (FileReport f : report.files()) {
      out.printf(
          "%-58s %-10s %-15s %,9d %,9d %,8d %,9d%n",
          shorten(f.file(), 58),
          f.snapshot() == null ? "-" : f.snapshot(),
          f.format().cliName(),
          f.read(),
          f.stored(),
          f.skipped(),
          f.edges());
    }
    issues(report.files(), "skipped", "Skipped records (not stored):");
    issues(report.files(), "cleaned", "Cleaned values (record stored without them):");
    out.flush();
  }

  /** The warnings of an ingest's files, one line each ({@code warning: FILE: ...}). */
  static void warnings(IngestReport report, PrintWriter err) {
    for (FileReport f : report.files()) {
      for (IngestIssue i : f.issues()) {
        if (i.kind().equals(IngestIssue.WARNING)) {
          err.println("warning: " + f.file() + ": " + i.reason());
        }
      }
    }
    err.flush();
  }

  /** One line for an ingest of reference-dataset files (the demo's openness files, say). */
  void datasetIngest(IngestReport report) {
    String formats =
        report.files().stream()
            .map(f -> f.format().cliName())
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    out.printf(
        "Ingested %d %s file(s): %,d records read, %,d stored, %,d skipped%n",
        report.files().size(), formats, report.read(), report.stored(), report.skipped());
    issues(report.files(), "skipped", "Skipped records (not stored):");
    out.flush();
  }

  private void issues(List<FileReport> files, String kind, String title) {
    boolean any = false;
    for (FileReport f : files) {
      for (IngestIssue i : f.issues()) {
        if (!i.kind().equals(kind)) {
          continue;
        }
        if (!any) {
          out.println(title);
          any = true;
        }
        out.printf(
            "  %,8d  %s  (%s, first at line %d)%n",
            i.records(), i.reason(), f.file(), i.firstLine());
      }
    }
  }

  /** Lists snapshots; when {@code only} is given, just those. */
  void snapshots(List<SnapshotInfo> snapshots, Set<LocalDate> only) {
    if (snapshots.isEmpty()) {
      out.println("No snapshots yet: run `observatory ingest --db DB PATH...`.");
      out.flush();
      return;
    }
    out.printf(
        "%-10s %10s %10s %10s  %s%n", "snapshot", "models", "edges", "nodes", "ingested (UTC)");
    for (SnapshotInfo s : snapshots) {
      if (only != null && !only.contains(s.date())) {
        continue;
      }
      out.printf(
          "%-10s %,10d %,10d %,10d  %s%n",
          s.date(),
          s.models(),
          s.edges(),
          s.nodes(),
          s.ingestedAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"));
      for (SourceFile f : s.sources()) {
        out.printf(
            "    source %-56s %-15s %,9d records  sha256 %s%n",
            shorten(f.fileName(), 56), f.format(), f.recordsStored(), f.sha256().substring(0, 16));
      }
    }
    out.flush();
  }

  /** Lists the reference-dataset files (usage, prices, openness) beside the snapshots. */
  void datasets(List<java.util.Map<String, Object>> datasets) {
    if (datasets.isEmpty()) {
      return;
    }
    out.println();
    out.printf("%-18s %-10s %9s  %s%n", "dataset", "data date", "records", "file");
    for (java.util.Map<String, Object> d : datasets) {
      out.printf(
          "%-18s %-10s %,9d  %s%n",
          d.get("format"),
          d.get("data_date") == null ? "-" : d.get("data_date"),
          ((Number) d.get("records")).longValue(),
          d.get("file_name"));
    }
    out.flush();
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : "..." + s.substring(s.length() - (max - 3));
  }
}
