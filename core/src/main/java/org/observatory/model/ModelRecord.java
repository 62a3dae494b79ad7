package org.observatory.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One Hub model record as stored in a snapshot. Nullable fields are those real records often lack.
 *
 * @param downloads the Hub's trailing-30-day download count
 * @param parameters the parameter count: {@code safetensors.total}, else {@code gguf.total}
 * @param parents edges this record declares itself (tags, card data)
 */
public record ModelRecord(
    HubId id,
    String author,
    Instant createdAt,
    Instant lastModified,
    Long downloads,
    Long downloadsAllTime,
    Long likes,
    String license,
    String licenseName,
    String licenseLink,
    String pipelineTag,
    String libraryName,
    Long parameters,
    List<String> tags,
    List<ParentEdge> parents) {
  public ModelRecord {
    requireNonNull(id, "id");
    tags = List.copyOf(tags);
    parents = List.copyOf(parents);
  }
}
