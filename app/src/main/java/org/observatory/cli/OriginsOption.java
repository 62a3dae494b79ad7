package org.observatory.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.observatory.origin.OriginRegistry;
import picocli.CommandLine.Option;

/**
 * The {@code --origins FILE} option (a picocli mixin) of the commands that place authors by origin:
 * an override file over the bundled registry, and the registry it gives.
 */
final class OriginsOption {
  @Option(
      names = "--origins",
      paramLabel = "FILE",
      description =
          "A CSV (author,origin,org_name,kind,source) that overrides or extends the origin registry.")
  Path origins;

  /** The override file, when one was given. */
  Optional<Path> file() {
    return Optional.ofNullable(origins);
  }

  /** The bundled registry with the file's rows over it, or the bundled registry alone. */
  OriginRegistry registry() {
    return origins == null
        ? OriginRegistry.bundled()
        : OriginRegistry.bundled().withOverrides(origins);
  }
}
