package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.model.HubId;
import org.observatory.origin.CountryNames;

/**
 * One model family of the European Open Source AI Index: its {@code system} and {@code org} fields,
 * the origin comments at the top of the file, and its openness dimensions.
 *
 * @param nationalOrigin the text of {@code # - National origin: ...}, or null
 * @param contributorType the text of {@code # - Contributor type: ...}, or null
 */
record EosaiEntry(
    String name,
    String link,
    String type,
    String performanceClass,
    String baseModelName,
    String endModelName,
    String endModelLicense,
    String releaseDate,
    String orgName,
    String orgLink,
    String nationalOrigin,
    String contributorType,
    List<Dimension> dimensions)
    implements EosaiDocument {

  /** The three classes a dimension takes on the site, and their weights in the score. */
  static final Map<String, Double> WEIGHTS = Map.of("open", 1.0, "partial", 0.5, "closed", 0.0);

  /**
   * One openness dimension: its key (e.g. {@code weights_endmodel}), its class ({@code open},
   * {@code partial}, {@code closed}, or null when left blank) and the links given for it.
   */
  record Dimension(String ref, String openness, List<String> links) {
    Dimension {
      requireNonNull(ref, "ref");
      links = List.copyOf(links);
    }
  }

  /** A Hub model the entry names, and which field named it. */
  record HubLink(HubId id, String via) {}

  EosaiEntry {
    requireNonNull(name, "name");
    dimensions = List.copyOf(dimensions);
  }

  /** The class of a dimension, or null when it is blank or absent. */
  String openness(String ref) {
    return dimensions.stream()
        .filter(d -> d.ref().equals(ref))
        .map(Dimension::openness)
        .findFirst()
        .orElse(null);
  }

  private List<String> links(String ref) {
    return dimensions.stream()
        .filter(d -> d.ref().equals(ref))
        .flatMap(d -> d.links().stream())
        .toList();
  }

  /**
   * The national origin as an ISO 3166-1 alpha-2 code or {@code INTL}, when the entry gives one.
   */
  Optional<String> origin() {
    return CountryNames.code(nationalOrigin);
  }

  /**
   * The Hub organisation that publishes the end model: the owner of the first Hub model the system
   * link or the end-model weights link names, else the Hub organisation page of the org link.
   */
  Optional<String> hubOrg() {
    List<String> candidates = new ArrayList<>();
    candidates.add(link);
    candidates.addAll(links("weights_endmodel"));
    for (String raw : candidates) {
      Optional<HubUrl> url = HubUrl.parse(raw).filter(u -> u.model() != null);
      if (url.isPresent()) {
        return Optional.of(url.get().owner());
      }
    }
    return HubUrl.parse(orgLink).or(() -> HubUrl.parse(link)).map(HubUrl::owner);
  }

  /**
   * The Hub models this family is: those named by the system link, the end-model weights links and
   * the end-model name (an {@code org/name}, or a bare name under the family's Hub organisation);
   * and base-model weights links or an {@code org/name} base-model name only when the base model is
   * the same organisation's (a family built on another maker's base model does not claim that
   * model).
   */
  List<HubLink> hubLinks() {
    Map<String, HubLink> out = new LinkedHashMap<>();
    HubUrl.parse(link).map(HubUrl::model).ifPresent(id -> put(out, id, "system.link"));
    for (String raw : links("weights_endmodel")) {
      HubUrl.parse(raw).map(HubUrl::model).ifPresent(id -> put(out, id, "weights_endmodel.link"));
    }
    HubUrl.idOf(endModelName).ifPresent(id -> put(out, id, "system.endmodelname"));
    Optional<String> owner = hubOrg();
    if (owner.isPresent() && endModelName != null && !endModelName.contains("/")) {
      HubId.parse(owner.get() + "/" + endModelName.strip().replace(' ', '-'))
          .ifPresent(
              id -> put(out, id, "system.endmodelname (with the family's Hub organisation)"));
    }
    Optional<String> org = owner.map(o -> o.toLowerCase(Locale.ROOT));
    if (org.isPresent()) {
      List<HubLink> base = new ArrayList<>();
      for (String raw : links("weights_basemodel")) {
        HubUrl.parse(raw)
            .map(HubUrl::model)
            .ifPresent(id -> base.add(new HubLink(id, "weights_basemodel.link")));
      }
      HubUrl.idOf(baseModelName).ifPresent(id -> base.add(new HubLink(id, "system.basemodelname")));
      for (HubLink b : base) {
        if (b.id().owner().map(o -> o.toLowerCase(Locale.ROOT)).equals(org)) {
          put(out, b.id(), b.via() + " (same organisation)");
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static void put(Map<String, HubLink> out, HubId id, String via) {
    out.putIfAbsent(id.value().toLowerCase(Locale.ROOT), new HubLink(id, via));
  }
}
