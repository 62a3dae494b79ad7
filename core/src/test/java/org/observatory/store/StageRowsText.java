package org.observatory.store;

import java.nio.charset.StandardCharsets;

/** The CSV text of staged rows, for tests in other packages. */
public final class StageRowsText {
  private StageRowsText() {}

  /** The model rows, one line each. */
  public static String models(StageRows rows) {
    return new String(rows.modelBytes(), StandardCharsets.UTF_8);
  }

  /** The edge rows, one line each. */
  public static String edges(StageRows rows) {
    return new String(rows.edgeBytes(), StandardCharsets.UTF_8);
  }
}
