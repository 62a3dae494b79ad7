package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The MOF class of one release and how it was reached.
 *
 * @param mofClass {@code I}, {@code II}, {@code III}, or null when no class is met (the MOT's
 *     "Unclassified")
 * @param conditional true when Class III is met only by the MOT's conditional pass (final model
 *     parameters under an OSI-approved license)
 * @param note what the next class up lacks, or how the class was reached
 * @param components every component the release lists, with its resolved license and status
 */
record MofEvaluation(String mofClass, boolean conditional, String note, List<Resolved> components) {

  /** The status of a listed component. */
  enum Status {
    OPEN("open"),
    OPEN_OTHER_TYPE("open (license meant for another content type)"),
    NOT_OPEN("license not open"),
    UNLICENSED("no license"),
    NOT_INCLUDED("component not included");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    boolean open() {
      return this == OPEN || this == OPEN_OTHER_TYPE;
    }
  }

  /**
   * A listed component: its license as written, the license that applies (its own, else the
   * release's license for its content type, else the distribution license) and its status.
   */
  record Resolved(String name, String contentType, String given, String license, Status status) {
    Resolved {
      requireNonNull(name, "name");
      requireNonNull(status, "status");
    }
  }

  MofEvaluation {
    requireNonNull(note, "note");
    components = List.copyOf(components);
  }

  /**
   * The component of this name, when the release lists it (and does not say it is not included).
   */
  Optional<Resolved> included(String name) {
    return components.stream()
        .filter(c -> c.name().equalsIgnoreCase(name) && c.status() != Status.NOT_INCLUDED)
        .findFirst();
  }
}
