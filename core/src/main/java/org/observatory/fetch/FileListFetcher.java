package org.observatory.fetch;

import java.util.List;
import java.util.Map;

/**
 * A source published as fixed files on its endpoint (Epoch AI's CSVs, the SPDX list): each is
 * fetched with a conditional GET and kept under its own name.
 */
final class FileListFetcher implements SourceFetcher {
  private final List<String> paths;

  FileListFetcher(String... paths) {
    this.paths = List.of(paths);
  }

  @Override
  public void fetch(SourceRun run) {
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      run.download(run.endpoint(path), name, Map.of());
    }
  }
}
