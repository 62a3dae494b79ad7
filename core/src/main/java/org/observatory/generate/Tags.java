package org.observatory.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** The {@code tags} array of a synthetic record, in the order the Hub writes them. */
final class Tags {
  private Tags() {}

  static void write(
      JsonGenerator json,
      SplittableRandom rng,
      String relation,
      String[] parents,
      String task,
      String library,
      String license)
      throws IOException {
    json.writeArrayFieldStart("tags");
    if (library != null) {
      json.writeString(library);
    }
    if (rng.nextDouble() < 0.7 && !"gguf".equals(library)) {
      json.writeString("safetensors");
    }
    json.writeString(Vocabulary.any(rng, Vocabulary.ARCHITECTURES));
    if (task != null) {
      json.writeString(task);
    }
    if ("text-generation".equals(task) && rng.nextBoolean()) {
      json.writeString("conversational");
    }
    if (rng.nextBoolean()) {
      json.writeString(Vocabulary.any(rng, Vocabulary.LANGUAGES));
    }
    for (String parent : parents) {
      json.writeString("base_model:" + parent);
      json.writeString("base_model:" + relation + ":" + parent);
    }
    if (license != null) {
      json.writeString("license:" + license);
    }
    if (rng.nextDouble() < 0.3) {
      json.writeString("autotrain_compatible");
    }
    if (rng.nextBoolean()) {
      json.writeString("endpoints_compatible");
    }
    json.writeString("region:us");
    json.writeEndArray();
  }
}
