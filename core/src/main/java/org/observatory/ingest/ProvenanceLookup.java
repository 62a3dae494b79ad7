package org.observatory.ingest;

import java.nio.file.Path;
import java.util.Optional;
import org.observatory.model.Provenance;

/**
 * Where an input file came from, when a fetch recorded it (its {@code MANIFEST.json} entry, matched
 * by the file's sha256), so the ingest can store it beside the file's sha256.
 */
@FunctionalInterface
public interface ProvenanceLookup {
  /** Knows nothing: every file is ingested without provenance. */
  ProvenanceLookup NONE = (file, sha256) -> Optional.empty();

  Optional<Provenance> of(Path file, String sha256);
}
