package org.observatory.openness;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.model.HubId;

/**
 * One model release evaluated with the Model Openness Tool ({@code models/*.yml} of
 * lfai/model_openness_tool).
 *
 * @param globalLicenses the release-wide licenses by kind ({@code distribution}, {@code code},
 *     {@code data}, {@code document}); kinds with no name are absent
 * @param components the components the release lists, in file order
 */
record MofRelease(
    String name,
    String version,
    String producer,
    String huggingface,
    Map<String, String> globalLicenses,
    List<Listed> components) {

  /** A component as the file lists it, with its own license as written (null when none). */
  record Listed(String name, String license) {
    Listed {
      requireNonNull(name, "name");
    }
  }

  MofRelease {
    requireNonNull(name, "name");
    globalLicenses = Map.copyOf(globalLicenses);
    components = List.copyOf(components);
  }

  /** The Hub model of the {@code huggingface} link (a URL or a bare {@code org/name}). */
  Optional<HubId> hubId() {
    return HubUrl.parse(huggingface)
        .map(HubUrl::model)
        .or(() -> HubUrl.idOf(huggingface == null ? null : huggingface.strip()));
  }
}
