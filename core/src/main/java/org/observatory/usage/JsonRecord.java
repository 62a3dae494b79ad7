package org.observatory.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.observatory.model.BadInputException;

/**
 * One record of a JSON dataset file (an element of its records array, or a nested object), with
 * typed accessors that fail as a {@link BadInputException} naming the file, the line and the
 * record.
 */
record JsonRecord(String file, String where, int index, long line, JsonNode node) {

  /** How messages name this record, e.g. {@code models[3] (slug 'x-ai/grok-4.1-fast')}. */
  String label() {
    String at = index < 0 ? where : where + "[" + index + "]";
    for (String key : new String[] {"slug", "id"}) {
      JsonNode v = node.path(key);
      if (v.isTextual()) {
        return at + " (" + key + " '" + v.asText() + "')";
      }
    }
    return at;
  }

  /** The elements of an array field as records, or null when absent. */
  java.util.List<JsonRecord> list(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw bad("'" + field + "' is not a list: " + v);
    }
    java.util.List<JsonRecord> out = new java.util.ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(new JsonRecord(file, label() + "." + field, i, line, v.get(i)));
    }
    return out;
  }

  BadInputException bad(String message) {
    return new BadInputException(file, line, "record " + label() + ": " + message);
  }

  /** Checks that the record is a JSON object. */
  JsonRecord object() {
    if (!node.isObject()) {
      throw bad("not a JSON object");
    }
    return this;
  }

  /** A non-blank text field; fails when absent. */
  String text(String field) {
    String v = optionalText(field);
    if (v == null) {
      throw bad("no '" + field + "'");
    }
    return v;
  }

  /** A text field, or null when absent, null or blank. */
  String optionalText(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw bad("'" + field + "' is not text: " + v);
    }
    if (!org.observatory.model.Texts.isWellFormed(v.asText())) {
      throw bad("'" + field + "' holds a lone surrogate (\\uD800-\\uDFFF): not Unicode text");
    }
    return v.asText().isBlank() ? null : v.asText().strip();
  }

  /** A whole number of at least 0; fails when absent. */
  long count(String field) {
    Long v = optionalCount(field);
    if (v == null) {
      throw bad("no '" + field + "'");
    }
    return v;
  }

  /** A whole number of at least 0, or null when absent or null. */
  Long optionalCount(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw bad("'" + field + "' is not a number: " + v);
    }
    BigDecimal d = decimal(field, v);
    if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
      throw bad("'" + field + "' is not a whole number of at least 0: " + v);
    }
    if (d.compareTo(MAX_COUNT) > 0) {
      throw bad("'" + field + "' is out of range (above " + MAX_COUNT.toPlainString() + "): " + v);
    }
    return d.longValueExact();
  }

  /**
   * The largest count accepted, 2^53 - 1: the largest whole number a double (and so JSON in a
   * browser) holds exactly; a week's charted tokens are about 10^13. Sums of such counts stay far
   * from overflowing.
   */
  static final BigDecimal MAX_COUNT = BigDecimal.valueOf((1L << 53) - 1);

  /** A JSON number as a decimal; infinite or not a number (1e400, NaN) is bad input. */
  private BigDecimal decimal(String field, JsonNode v) {
    if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
      throw bad("'" + field + "' is not a finite number: " + v);
    }
    try {
      return v.decimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw bad("'" + field + "' is not a finite number: " + v);
    }
  }

  /** A number (a JSON number, or a string holding one), or null when absent or null. */
  Double optionalNumber(String field) {
    BigDecimal d = optionalDecimal(field);
    return d == null ? null : d.doubleValue();
  }

  /** A number as a decimal (a JSON number, or a string holding one), or null when absent. */
  BigDecimal optionalDecimal(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return finite(field, decimal(field, v));
    }
    if (v.isTextual()) {
      try {
        return finite(field, new BigDecimal(v.asText().strip()));
      } catch (NumberFormatException e) {
        throw bad("'" + field + "' is not a number: " + v);
      }
    }
    throw bad("'" + field + "' is not a number: " + v);
  }

  /** A decimal whose double is finite (a price of 1e400 is not one). */
  private BigDecimal finite(String field, BigDecimal d) {
    if (!Double.isFinite(d.doubleValue())) {
      throw bad("'" + field + "' is out of range: " + d.toString());
    }
    return d;
  }

  /** A number that must be present. */
  double number(String field) {
    Double v = optionalNumber(field);
    if (v == null) {
      throw bad("no '" + field + "'");
    }
    return v;
  }

  /** A boolean, or {@code otherwise} when absent or null. */
  boolean flag(String field, boolean otherwise) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return otherwise;
    }
    if (!v.isBoolean()) {
      throw bad("'" + field + "' is not true or false: " + v);
    }
    return v.booleanValue();
  }

  /** A date YYYY-MM-DD (a longer timestamp is cut to its date), or null when absent or null. */
  LocalDate optionalDate(String field) {
    String v = optionalText(field);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw bad("'" + field + "' is not a date YYYY-MM-DD: '" + v + "'");
    }
  }

  /** A nested object as a record of its own, for messages naming {@code parent.field}. */
  JsonRecord child(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw bad("'" + field + "' is not an object: " + v);
    }
    return new JsonRecord(file, label() + "." + field, -1, line, v);
  }
}
