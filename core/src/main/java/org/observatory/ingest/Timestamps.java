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
 */
final class Timestamps {
  private static final Pattern SHORT_OFFSET = Pattern.compile(".*[+-]\\d\\d$");
  private static final Pattern COMPACT_OFFSET = Pattern.compile(".*[+-]\\d{4}$");

  private Timestamps() {}

  static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.chars().allMatch(Character::isDigit) && s.length() >= 9) {
      return ofEpoch(Long.parseLong(s));
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

  static Optional<Instant> ofEpoch(long value) {
    if (value <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
  }
}
