package org.observatory.report;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An engine another module brings, found on the class path ({@link ServiceLoader}): the spark
 * module provides {@code spark}, so that {@code report --engine spark} runs wherever that module's
 * jar and Spark are on the class path (through {@code spark-submit}), and fails with a clear
 * message elsewhere.
 */
public interface EngineProvider {
  /** The name {@code report --engine} takes, e.g. {@code spark}. */
  String name();

  /**
   * An engine over the folder {@code observatory export} wrote (a path or a URI), on the cluster at
   * {@code master} (e.g. {@code spark://host:7077}), or, when null, the one the launcher set (or
   * the local machine). Closing the engine releases what it started.
   */
  IndicatorEngine open(String dir, String master);

  /** The provider named {@code name} on the class path, if any. */
  static Optional<EngineProvider> find(String name) {
    for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
