package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.model.Release;
import org.observatory.store.SnapshotInfo;

/**
 * What an HTML report says besides its figures and where it links.
 *
 * @param generatedAt when it was written (its title block and citation say so)
 * @param toolVersion the program and version that wrote it
 * @param top sections shown first (the claims as cards)
 * @param stored every stored snapshot (to say where lineage is when this one lacks it)
 * @param reports the HTML reports written beside this one, by snapshot date (relative links)
 * @param dataDir the folder, relative to the report, holding each indicator's CSV and JSON and the
 *     whole report's ({@code NAME-DATE.csv}, {@code report-DATE.json}); null when none is written
 * @param methodology the methodology page, relative to the report; null when none is written
 */
public record HtmlOptions(
    Instant generatedAt,
    String toolVersion,
    List<Section> top,
    List<SnapshotInfo> stored,
    Map<LocalDate, String> reports,
    String dataDir,
    String methodology) {
  public HtmlOptions {
    requireNonNull(generatedAt, "generatedAt");
    requireNonNull(toolVersion, "toolVersion");
    top = List.copyOf(top);
    stored = List.copyOf(stored);
    reports = Map.copyOf(reports);
  }

  /** A report written alone (one file, no data files beside it), now. */
  public static HtmlOptions single(List<Section> top, List<SnapshotInfo> stored) {
    return new HtmlOptions(Instant.now(), Release.TEXT, top, stored, Map.of(), null, null);
  }

  /** The same options with data files in {@code dataDir} and the methodology page beside. */
  public HtmlOptions withFiles(Map<LocalDate, String> reports, String dataDir, String methodology) {
    return new HtmlOptions(generatedAt, toolVersion, top, stored, reports, dataDir, methodology);
  }
}
