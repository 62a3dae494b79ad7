package org.observatory.origin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.model.BadInputException;

/**
 * The versioned origin registry: Hub author → the country of the organisation behind it, with a
 * source for every row. The bundled registry is {@code origin/registry.csv} (its sources and rules
 * are in {@code origin/NOTICE.md}); a user's override file with the same columns replaces or
 * extends its rows. Authors are matched case-insensitively, as the Hub matches handles; an author
 * the registry does not know is {@link #UNATTRIBUTED}.
 */
public final class OriginRegistry {
  /** The origin of an author the registry does not know. */
  public static final String UNATTRIBUTED = "UNATTRIBUTED";

  /**
   * The version of the bundled registry: the date its rows were built from the sources in
   * NOTICE.md, with a {@code .N} suffix for a later build on the same day.
   */
  public static final String VERSION = "2026-12-07.10";

  static final String RESOURCE = "origin/registry.csv";

  private final Map<String, Origin> byKey;

  private OriginRegistry(Map<String, Origin> byKey) {
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /**
   * The registry shipped with the Observatory. Its rows are checked once, when it is first used.
   */
  public static OriginRegistry bundled() {
    return Bundled.REGISTRY;
  }

  /** A registry of the given rows; a repeated author (case-insensitively) is an error. */
  static OriginRegistry of(List<Origin> rows) {
    Map<String, Origin> map = new LinkedHashMap<>();
    for (Origin row : rows) {
      if (map.putIfAbsent(row.key(), row) != null) {
        throw new IllegalArgumentException("author '" + row.author() + "' appears twice");
      }
    }
    return new OriginRegistry(map);
  }

  /**
   * This registry with the rows of a user's CSV file ({@code author,origin,org_name,kind,source}):
   * a row whose author is already known replaces that row, any other row is added.
   *
   * @throws BadInputException naming the file and line of the first bad row, or the file if it
   *     cannot be read
   */
  public OriginRegistry withOverrides(Path csv) {
    Map<String, Origin> merged = new LinkedHashMap<>(byKey);
    for (Origin row : readOverrides(csv)) {
      merged.put(row.key(), row);
    }
    return new OriginRegistry(merged);
  }

  /**
   * The rows of a user's override file, each checked (a known origin code or empty, a known kind, a
   * source, no author twice, no individual placed).
   *
   * @throws BadInputException naming the file and line of the first bad row, or the file if it
   *     cannot be read
   */
  public static List<Origin> readOverrides(Path csv) {
    String file = csv.toString();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return RegistryCsv.read(in, file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, 0, "no such origin override file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(
          file, 0, "cannot read the origin override file: " + e.getMessage(), e);
    }
  }

  /**
   * The row for a Hub author, matched case-insensitively; empty when the registry does not know the
   * author. A row may not place its author ({@link Origin#placed()}).
   */
  public Optional<Origin> lookup(String author) {
    if (author == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(author.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The author's origin code: an ISO 3166-1 alpha-2 code, {@code INTL}, or {@link #UNATTRIBUTED}.
   */
  public String originOf(String author) {
    return lookup(author).map(Origin::origin).orElse(UNATTRIBUTED);
  }

  /** Every row, in the order they were read (overrides that add rows come last). */
  public Collection<Origin> rows() {
    return byKey.values();
  }

  public int size() {
    return byKey.size();
  }

  /** Loads the bundled CSV once, on first use (the holder idiom). */
  private static final class Bundled {
    static final OriginRegistry REGISTRY = load();

    private static OriginRegistry load() {
      InputStream stream = OriginRegistry.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (stream == null) {
        throw new IllegalStateException("the bundled origin registry " + RESOURCE + " is missing");
      }
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return of(RegistryCsv.read(in, RESOURCE));
      } catch (BadInputException e) {
        throw new IllegalStateException(
            "the bundled origin registry is invalid: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
