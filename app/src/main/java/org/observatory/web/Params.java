package org.observatory.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.observatory.license.LicenseClass;
import org.observatory.model.HubId;
import org.observatory.model.Relation;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.SnapshotInfo;

/**
 * The request's parameters, each checked before use: dates, origin codes, relations, license
 * classes, model ids and id prefixes by their formats, counts within their maximums. Every failure
 * is a {@link BadParameterException} (400); a well-formed snapshot the database lacks is a {@link
 * NotFoundException} (404). Values reach SQL only as bound parameters.
 */
final class Params {
  static final int SEARCH_LIMIT = 20;
  static final int SEARCH_LIMIT_MAX = 100;
  static final int DEPTH = 2;
  static final int DEPTH_MAX = 6;
  static final int NODES = 200;
  static final int NODES_MAX = 2000;

  /** The relations of lineage edges, and {@code total} (a row of indicator 4 over all). */
  static final List<String> RELATIONS =
      java.util.stream.Stream.concat(
              Arrays.stream(Relation.values()).map(Relation::key),
              java.util.stream.Stream.of("total"))
          .toList();

  static final List<String> LICENSE_CLASSES =
      Arrays.stream(LicenseClass.values()).map(LicenseClass::key).toList();

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]{1,100}");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The value of a query parameter, null when absent or empty. */
  String raw(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * The snapshot of parameter {@code name}; the latest when absent. A snapshot the database lacks
   * is a 404 ({@link SnapshotInfo#resolve}, the one resolver, names those stored).
   */
  LocalDate snapshot(String name, Generation g) {
    String v = raw(name);
    return SnapshotInfo.resolve(g.snapshots(), v == null ? null : date(name, v), "the database")
        .date();
  }

  /** The snapshot of parameter {@code name}, which is required. */
  LocalDate requiredSnapshot(String name, Generation g) {
    required(name);
    return snapshot(name, g);
  }

  private static LocalDate date(String name, String v) {
    if (DATE.matcher(v).matches()) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // falls through to the message below
      }
    }
    throw new BadParameterException(name + " must be a date YYYY-MM-DD, not '" + clip(v) + "'");
  }

  /** A count between 1 and {@code max}; {@code dflt} when absent. */
  int count(String name, int dflt, int max) {
    String v = raw(name);
    if (v == null) {
      return dflt;
    }
    if (COUNT.matcher(v).matches()) {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= max) {
        return n;
      }
    }
    throw new BadParameterException(
        name + " must be a whole number from 1 to " + max + ", not '" + clip(v) + "'");
  }

  /** A Hub model id ({@code org/name} or a legacy bare name, or its Hub URL); required. */
  HubId modelId(String name) {
    return modelId(name, required(name));
  }

  static HubId modelId(String name, String v) {
    return HubId.parse(v)
        .orElseThrow(
            () ->
                new BadParameterException(
                    name + " is not a Hub model id (org/name): '" + clip(v) + "'"));
  }

  /** An id prefix of up to 100 characters that Hub ids may hold; required. */
  String prefix(String name) {
    String v = required(name);
    if (!PREFIX.matcher(v).matches()) {
      throw new BadParameterException(
          name
              + " must be 1 to 100 characters of letters, digits, '.', '_', '-' or '/', not '"
              + clip(v)
              + "'");
    }
    return v;
  }

  /** The row filters of the request (each null when not given). */
  RowFilter filter() {
    return new RowFilter(origin(), choice("relation", RELATIONS), choice("license_class"));
  }

  /** A relation of lineage edges (not {@code total}), or null. */
  String edgeRelation() {
    String r = choice("relation", RELATIONS);
    if ("total".equals(r)) {
      throw new BadParameterException("relation=total names no edge: leave relation out");
    }
    return r;
  }

  private String origin() {
    String v = raw("origin");
    if (v == null) {
      return null;
    }
    String code = v.toUpperCase(Locale.ROOT);
    if (Origin.isOriginCode(code) || OriginRegistry.UNATTRIBUTED.equals(code)) {
      return code;
    }
    throw new BadParameterException(
        "origin must be an ISO 3166-1 alpha-2 code, INTL or UNATTRIBUTED, not '" + clip(v) + "'");
  }

  private String choice(String name) {
    return choice(name, LICENSE_CLASSES);
  }

  private String choice(String name, List<String> allowed) {
    String v = raw(name);
    if (v == null || allowed.contains(v)) {
      return v;
    }
    throw new BadParameterException(
        name + " must be one of " + allowed + ", not '" + clip(v) + "'");
  }

  String required(String name) {
    String v = raw(name);
    if (v == null) {
      throw new BadParameterException("missing parameter " + name);
    }
    return v;
  }

  /** A bad value as messages repeat it: at most 60 characters. */
  static String clip(String v) {
    return v.length() <= 60 ? v : v.substring(0, 57) + "...";
  }
}
