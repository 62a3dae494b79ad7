package org.observatory.openness;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.engine.DuckDbEngine;
import org.observatory.ingest.FieldMap;
import org.observatory.ingest.IngestProgress;
import org.observatory.ingest.IngestRequest;
import org.observatory.ingest.Ingester;
import org.observatory.ingest.InputFormat;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.store.Store;

/** Reports over openness files and a small Hub snapshot, built in an in-memory store. */
final class OpennessReports {
  static final LocalDate DATE = LocalDate.of(2025, 4, 22);

  private OpennessReports() {}

  /** The test resource at {@code path} (below src/test/resources). */
  static Path resource(String path) {
    try {
      return Path.of(OpennessReports.class.getResource(path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Ingester ingester(Store store) {
    LicenseClassifier licenses = LicenseClassifier.bundled();
    return new Ingester(
        store,
        Map.of(
            InputFormat.EOSAI, new EosaiLoader(licenses),
            InputFormat.MOF, new MofLoader(licenses)));
  }

  /**
   * The report of the Hub JSON Lines file {@code snapshot} (dated {@link #DATE}) with the openness
   * files or folders {@code openness} ingested beside it (none: no openness data).
   */
  static Report build(Path snapshot, Path... openness) {
    try (Store store = Store.inMemory()) {
      if (openness.length > 0) {
        ingester(store)
            .ingest(
                new IngestRequest(List.of(openness), InputFormat.AUTO, null, FieldMap.NONE, 0),
                IngestProgress.NONE);
      }
      ingester(store)
          .ingest(IngestRequest.of(InputFormat.HUB_JSONL, DATE, snapshot), IngestProgress.NONE);
      return new ReportBuilder(
              new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
          .build(DATE);
    }
  }
}
