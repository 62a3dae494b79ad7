package org.observatory.fetch;

import org.observatory.fetch.SafeFile.Placed;

/** The Hub listing as a source: one JSON Lines file, {@code hub/models.jsonl}. */
final class HubSourceFetcher implements SourceFetcher {
  static final String FILE_NAME = "models.jsonl";

  @Override
  public void fetch(SourceRun run) {
    FetchReport report =
        new HubFetcher(run.options()).fetch(run.target(FILE_NAME), run.client(), run.progress());
    run.hubReport(report);
    run.record(
        FILE_NAME,
        new Placed(report.bytes(), report.sha256(), report.changed()),
        run.options().scope(),
        null,
        null,
        null);
  }
}
