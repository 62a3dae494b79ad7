package org.observatory.fetch;

/** How one source's files are got: each writes them through a {@link SourceRun}. */
interface SourceFetcher {
  /**
   * Gets every file of the source, placing each through {@code run} (which records it in the
   * manifest).
   *
   * @throws org.observatory.model.ObservatoryException when the source cannot be had
   */
  void fetch(SourceRun run);
}
