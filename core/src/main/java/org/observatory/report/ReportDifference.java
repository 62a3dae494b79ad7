package org.observatory.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Where two reports differ, as their JSON ({@link JsonReport#tree}): the same fields in the same
 * order, equal texts, numbers within a relative tolerance (the same sums added in another order, as
 * two engines add them, differ in the last bits). For the engines' benchmark and tests.
 */
public final class ReportDifference {
  /** The tolerance the engines meet: 1e-9 relative. */
  public static final double RELATIVE = 1e-9;

  private ReportDifference() {}

  /** The first difference between the two reports, if any. */
  public static Optional<String> of(Report actual, Report expected) {
    return first("report", JsonReport.tree(actual), JsonReport.tree(expected));
  }

  /** The first difference between two JSON documents, if any, named by its path. */
  public static Optional<String> first(String where, JsonNode actual, JsonNode expected) {
    if (expected.isNumber() && actual.isNumber()) {
      double a = actual.doubleValue();
      double e = expected.doubleValue();
      return Math.abs(a - e) <= RELATIVE * Math.max(Math.abs(a), Math.abs(e))
          ? Optional.empty()
          : Optional.of(where + ": " + a + " instead of " + e);
    }
    if (actual.getNodeType() != expected.getNodeType()) {
      return Optional.of(where + ": " + actual + " instead of " + expected);
    }
    if (expected.isObject()) {
      List<String> names = names(expected);
      if (!names(actual).equals(names)) {
        return Optional.of(where + ": fields " + names(actual) + " instead of " + names);
      }
      for (String name : names) {
        Optional<String> d = first(where + "." + name, actual.get(name), expected.get(name));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray()) {
      if (actual.size() != expected.size()) {
        return Optional.of(where + ": " + actual.size() + " items instead of " + expected.size());
      }
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        Optional<String> d = first(where + "[" + i++ + "]", a.next(), e);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return actual.equals(expected)
        ? Optional.empty()
        : Optional.of(where + ": " + actual + " instead of " + expected);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
