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
 * Loads SQL by name from {@code sql/<engine>/<name>.sql} on the class path; the only place SQL text
 * comes from.
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

  private String load(String name) {
    String path = "sql/" + engine + "/" + name + ".sql";
    try (InputStream in = SqlCatalog.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no SQL resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL resource " + path, e);
    }
  }
}
