package org.observatory.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads SQL by name from the class path; the only place SQL text comes from. A name is looked up in
 * the engine's folder first ({@code sql/<engine>/<name>.sql}: what only that engine runs, or an
 * override its dialect forces), then in the common folder ({@code sql/<name>.sql}: the indicators
 * under {@code sql/indicators/}, one file read by every engine).
 */
public final class SqlCatalog {
  private final String engine;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public SqlCatalog(String engine) {
    this.engine = engine;
  }

  /** The text of one query file. */
  public String get(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  /** The statements of a script file, split at semicolons that end a line. */
  public List<String> statements(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : get(name).split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  /** The engine this catalog reads for, e.g. {@code duckdb}. */
  public String engine() {
    return engine;
  }

  /** The resource path a name resolves to: the engine's own file, else the common one. */
  public String path(String name) {
    String own = "sql/" + engine + "/" + name + ".sql";
    return SqlCatalog.class.getClassLoader().getResource(own) != null
        ? own
        : "sql/" + name + ".sql";
  }

  private String load(String name) {
    String path = path(name);
    try (InputStream in = SqlCatalog.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no SQL resource sql/" + engine + "/" + name + ".sql or " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL resource " + path, e);
    }
  }
}
