package org.observatory.openness;

import java.util.Map;

/** {@code _parameters-descriptions.yml}: the question each dimension asks, in English. */
record EosaiDescriptions(Map<String, String> english) implements EosaiDocument {
  EosaiDescriptions {
    english = Map.copyOf(english);
  }
}
