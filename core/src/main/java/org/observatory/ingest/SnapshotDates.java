package org.observatory.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a snapshot date in a file name: {@code ..._20250422_...} or {@code 2025-10-01_...}. */
public final class SnapshotDates {
  private static final Pattern DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(-?)(\\d\\d)\\2(\\d\\d)(?!\\d)");

  private SnapshotDates() {}

  public static Optional<LocalDate> fromFileName(String name) {
    Matcher m = DATE.matcher(name);
    while (m.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))));
      } catch (DateTimeException e) {
        // not a calendar date: look further
      }
    }
    return Optional.empty();
  }
}
