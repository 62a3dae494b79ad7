package org.observatory.model;

import static java.util.Objects.requireNonNull;

/**
 * One lineage edge of a snapshot: {@code child} declares (or a model tree lists it under) {@code
 * parent}.
 *
 * @param source where the edge was read: {@code tag}, {@code card} or {@code tree}
 */
public record ParentEdge(HubId child, HubId parent, Relation relation, String source) {
  public ParentEdge {
    requireNonNull(child, "child");
    requireNonNull(parent, "parent");
    requireNonNull(relation, "relation");
    requireNonNull(source, "source");
  }
}
