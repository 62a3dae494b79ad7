package org.observatory.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the timestamp spellings real Hub dumps use: ISO-8601 with {@code T} or a space, offsets
 * {@code Z}, {@code +00:00}, {@code +00} or none (taken as UTC), a bare date, or epoch
 * seconds/milliseconds.
 *
 * <p>The shapes nearly every record has ({@code 2024-04-29T16:25:56.000Z}, {@code 2024-04-29
 * 16:25:56+00:00}) are read by hand, which is several times faster than {@code java.time}'s
 * parsers; anything else, and anything the hand reader is unsure of, goes through the general path,
 * so both give the same answer for every input.
 */
final class Timestamps {
  private static final Pattern SHORT_OFFSET = Pattern.compile(".*[+-]\\d\\d$");
  private static final Pattern COMPACT_OFFSET = Pattern.compile(".*[+-]\\d{4}$");
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Timestamps() {}

  static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    Instant fast = common(s);
    return fast != null ? Optional.of(fast) : general(s);
  }

  /**
   * {@code yyyy-MM-dd[T| ]HH:mm:ss[.f{1,9}][Z|±HH:mm|±HHmm|±HH]}, all fields in range; else null.
   */
  static Instant common(String s) {
    int n = s.length();
    if (n < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > daysIn(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      int used = i - start;
      if (used == 0 || (i < n && isDigit(s.charAt(i)))) {
        return null;
      }
      for (int k = used; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(s, i);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long seconds =
        epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * The offset from {@code s[i]} to the end: none (UTC), {@code Z}, {@code ±HH:mm}, {@code ±HHmm}
   * or {@code ±HH} up to ±18:00; {@link Integer#MIN_VALUE} for anything else.
   */
  private static int offsetSeconds(String s, int i) {
    int rest = s.length() - i;
    if (rest == 0) {
      return 0;
    }
    char c = s.charAt(i);
    if (c == 'Z') {
      return rest == 1 ? 0 : Integer.MIN_VALUE;
    }
    if ((c != '+' && c != '-') || (rest != 3 && rest != 5 && rest != 6)) {
      return Integer.MIN_VALUE;
    }
    int hours = digits(s, i + 1, 2);
    int minutes = 0;
    if (rest == 6) {
      minutes = s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : -1;
    } else if (rest == 5) {
      minutes = digits(s, i + 3, 2);
    }
    if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
      return Integer.MIN_VALUE;
    }
    int total = hours * 3600 + minutes * 60;
    return c == '-' ? -total : total;
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int k = from; k < from + count; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int daysIn(int year, int month) {
    if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
      return 29;
    }
    return DAYS_IN_MONTH[month - 1];
  }

  /** Every spelling, through {@code java.time}: the reference the hand reader must agree with. */
  static Optional<Instant> general(String stripped) {
    String s = stripped;
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9') && s.length() >= 9) {
      return s.length() > 18 ? Optional.empty() : ofEpoch(Long.parseLong(s));
    }
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    s = s.replace(" ", "");
    if (s.length() > 19 && SHORT_OFFSET.matcher(s).matches()) {
      s = s + ":00";
    } else if (s.length() > 19 && COMPACT_OFFSET.matcher(s).matches()) {
      s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      // try the next shape
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try the next shape
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The earliest timestamp kept (1990-01-01): the Hub and its models are far younger. */
  static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  /** The first timestamp no longer kept (2101-01-01). */
  static final Instant AFTER_LATEST = Instant.parse("2101-01-01T00:00:00Z");

  /**
   * Whether a timestamp lies in 1990-2100: outside, it is an error of the source (epoch
   * microseconds read as milliseconds, {@code +999999999-12-31}, year 0), dropped and counted.
   */
  static boolean isPlausible(Instant t) {
    return !t.isBefore(EARLIEST) && t.isBefore(AFTER_LATEST);
  }

  static Optional<Instant> ofEpoch(long value) {
    if (value <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
  }
}
