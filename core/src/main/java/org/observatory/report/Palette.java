package org.observatory.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one palette of every chart, read from {@code report/palette.csv}: a fixed colour per origin
 * code (so that China is the same colour in every chart of the report and the dashboard), per
 * license class, relation and open or closed weights. An origin the file does not list takes a
 * spare colour chosen by its code, so it too keeps one colour everywhere.
 */
public final class Palette {
  private static final String RESOURCE = "report/palette.csv";
  private static final Palette BUNDLED = load();

  private final Map<String, Map<String, String>> byKind;
  private final List<String> spare;
  private final String fallback;

  private Palette(Map<String, Map<String, String>> byKind, List<String> spare, String fallback) {
    this.byKind = byKind;
    this.spare = List.copyOf(spare);
    this.fallback = fallback;
  }

  public static Palette bundled() {
    return BUNDLED;
  }

  /**
   * The colour of {@code key} in a column named {@code column}: origins by code, license classes,
   * relations and weights by their own colours; anything else the default colour.
   */
  public String color(String column, String key) {
    String kind = kind(column);
    if (kind == null || key == null) {
      return fallback;
    }
    String c = byKind.getOrDefault(kind, Map.of()).get(key);
    if (c != null) {
      return c;
    }
    return kind.equals("origin")
        ? spare.get(Math.floorMod(key.hashCode(), spare.size()))
        : fallback;
  }

  /**
   * The colour of a series named after a column of values: {@code cn_share} takes China's colour (a
   * column {@code <origin>_share} of an origin the palette lists), anything else the spare colour
   * of its place among the chart's series (so two series never share one).
   */
  public String seriesColor(String valueColumn, int index) {
    String head =
        valueColumn.endsWith("_share")
            ? valueColumn
                .substring(0, valueColumn.length() - "_share".length())
                .toUpperCase(Locale.ROOT)
            : "";
    String c = byKind.getOrDefault("origin", Map.of()).get(head);
    return c != null ? c : spare.get(Math.floorMod(index, spare.size()));
  }

  /** The single colour of a chart whose bars are not told apart by a palette column. */
  public String fallback() {
    return fallback;
  }

  /** Whether {@code column} names a kind of key the palette colours (origin, class, ...). */
  public boolean colours(String column) {
    return kind(column) != null;
  }

  /** Every listed colour by kind and key, for the dashboard. */
  public Map<String, Map<String, String>> all() {
    return byKind;
  }

  private static String kind(String column) {
    if (column == null) {
      return null;
    }
    return switch (column) {
      case "origin", "foundation_origin" -> "origin";
      case "class", "license_class" -> "class";
      case "relation" -> "relation";
      case "weights" -> "weights";
      default -> null;
    };
  }

  private static Palette load() {
    Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
    List<String> spare = new ArrayList<>();
    String fallback = "#3b6ea8";
    try (InputStream in = Palette.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        switch (f[0]) {
          case "spare" -> spare.add(f[2]);
          case "default" -> fallback = f[2];
          default -> byKind.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
    byKind.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableMap(v)));
    return new Palette(java.util.Collections.unmodifiableMap(frozen), spare, fallback);
  }
}
