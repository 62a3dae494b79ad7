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

  /**
   * A date with an optional time of day after it ({@code _20250422_220003}, {@code 2025-10-01}).
   */
  private static final Pattern STAMP =
      Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(-?)\\d\\d\\1\\d\\d(?:[_T-]?\\d{6})?(?!\\d)");

  private SnapshotDates() {}

  /**
   * The file name without the dates (and times) in it: what files of one collection taken on
   * different days share ({@code hub-2025-01-01.jsonl} and {@code hub-2025-01-31.jsonl} give {@code
   * hub-.jsonl}).
   */
  public static String withoutDates(String name) {
    return STAMP.matcher(name).replaceAll("");
  }

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
