package org.observatory.fetch;

import java.net.URI;
import java.time.Duration;

/** Told about a running fetch, so the command line can show progress and retries. */
public interface FetchProgress {
  FetchProgress NONE = new FetchProgress() {};

  /** After each page is written: pages fetched by this run, records in the file. */
  default void page(int pages, long records) {}

  /** Before waiting to repeat a request that failed with {@code failure}. */
  default void retry(URI url, String failure, int attempt, Duration delay) {}
}
