package org.observatory.openness;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.model.HubId;

/**
 * A Hugging Face Hub address named by an openness dataset: a model page ({@code
 * huggingface.co/org/name}, normalised to the Hub id {@code org/name}) or an organisation page
 * ({@code huggingface.co/org}, {@link #model()} null). Dataset, Space, collection and paper pages
 * are not Hub models and give nothing.
 */
record HubUrl(String owner, HubId model) {
  private static final Pattern URL =
      Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?huggingface\\.co/([^?#]*)");
  private static final Set<String> NOT_MODELS =
      Set.of(
          "datasets",
          "spaces",
          "collections",
          "papers",
          "docs",
          "blog",
          "models",
          "learn",
          "organizations",
          "settings",
          "api",
          "join",
          "login",
          "pricing",
          "posts",
          "tasks");

  /** The Hub address in {@code raw}, when it is a huggingface.co model or organisation page. */
  static Optional<HubUrl> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Matcher m = URL.matcher(raw.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String[] path = m.group(1).replaceAll("/+$", "").split("/");
    if (path.length == 0
        || path[0].isEmpty()
        || NOT_MODELS.contains(path[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (path.length == 1) {
      return HubId.parse(path[0]).map(id -> new HubUrl(id.value(), null));
    }
    return HubId.parse(path[0] + "/" + path[1]).map(id -> new HubUrl(path[0], id));
  }

  /**
   * A Hub id written as {@code org/name} (a name without the slash is a family name, not an id).
   */
  static Optional<HubId> idOf(String name) {
    if (name == null || !name.contains("/") || name.contains("://")) {
      return Optional.empty();
    }
    return HubId.parse(name).filter(id -> id.owner().isPresent());
  }
}
