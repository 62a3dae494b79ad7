package org.observatory.usage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;

/**
 * Maps a usage slug ({@code deepseek/deepseek-v3.2-20251201}) to its maker ({@code deepseek}), the
 * maker's origin (the one origin registry), open or closed weights, capability band and vendor
 * price list, keeping the reason for each (METHODOLOGY.md, "Usage models").
 *
 * <p>Weights are what an open-weights override row says ({@link OpenWeights}: a user's {@code
 * --weights} file, then the bundled table); else open when the OpenRouter models API gives a {@code
 * hugging_face_id} for the slug; else when Epoch AI's "Model accessibility" of the model (matched
 * by name) says open weights; else closed. OpenRouter's own {@code openrouter/...} stealth models
 * keep an unknown maker and unknown weights.
 */
final class ModelMapper {
  static final String STEALTH_MAKER = "openrouter";

  private final OriginRegistry origins;
  private final ApiModels api;
  private final EpochAccessibility epoch;
  private final CapabilityBands bands;
  private final OpenWeights overrides;
  private final VendorPriceIndex vendors;

  ModelMapper(
      OriginRegistry origins,
      ApiModels api,
      EpochAccessibility epoch,
      CapabilityBands bands,
      OpenWeights overrides,
      VendorPriceIndex vendors) {
    this.origins = origins;
    this.api = api;
    this.epoch = epoch;
    this.bands = bands;
    this.overrides = overrides;
    this.vendors = vendors;
  }

  UsageModel map(String slug, String displayName) {
    String maker = ModelKey.maker(slug);
    Optional<ApiModels.Entry> listed = api.lookup(slug);
    String apiId = listed.map(ApiModels.Entry::id).orElse(null);
    String hf = listed.map(ApiModels.Entry::huggingFaceId).orElse(null);
    Optional<CapabilityBands.Band> band = bands.lookup(slug, apiId);
    Set<String> names = ModelKey.names(slug, displayName);
    Optional<VendorPriceIndex.Match> price = vendors.lookup(maker, names);
    String[] origin = origin(slug, maker);
    String[] weights = weights(slug, maker, listed, names);
    return new UsageModel(
        slug,
        maker,
        origin[0],
        origin[1],
        weights[0],
        weights[1],
        apiId,
        hf,
        band.map(CapabilityBands.Band::band).orElse(null),
        band.map(b -> b.source().isBlank() ? "capability list" : b.source())
            .orElse("not in the capability list: its demand is not moved"),
        price.map(VendorPriceIndex.Match::vendor).orElse(null),
        price.map(VendorPriceIndex.Match::modelId).orElse(null));
  }

  private String[] origin(String slug, String maker) {
    if (maker == null) {
      return new String[] {
        OriginRegistry.UNATTRIBUTED,
        slug.strip().equalsIgnoreCase("other")
            ? "the export's 'other' row: every model outside its top list"
            : "no maker in the model name (no 'maker/' prefix)"
      };
    }
    if (maker.equals(STEALTH_MAKER)) {
      return new String[] {
        OriginRegistry.UNATTRIBUTED, "OpenRouter stealth model: its maker is not disclosed"
      };
    }
    Optional<Origin> row = origins.lookup(maker);
    return row.map(
            o ->
                new String[] {
                  o.origin(),
                  "origin registry: " + o.author() + " (" + o.orgName() + "), " + o.source()
                })
        .orElse(
            new String[] {
              OriginRegistry.UNATTRIBUTED, "maker '" + maker + "' is not in the origin registry"
            });
  }

  private String[] weights(
      String slug, String maker, Optional<ApiModels.Entry> listed, Set<String> names) {
    if (maker == null || maker.equals(STEALTH_MAKER)) {
      return new String[] {UsageModel.UNKNOWN, "maker undisclosed: weights unknown"};
    }
    Optional<OpenWeights.Row> override =
        overrides.lookup(slug, listed.map(ApiModels.Entry::id).orElse(null));
    if (override.isPresent()) {
      return new String[] {override.get().weights(), override.get().describe()};
    }
    if (listed.isPresent() && listed.get().huggingFaceId() != null) {
      return new String[] {
        UsageModel.OPEN,
        listed.get().describe() + " gives hugging_face_id " + listed.get().huggingFaceId()
      };
    }
    Optional<EpochAccessibility.Entry> e = epoch.lookup(List.copyOf(names));
    if (e.isPresent()) {
      return new String[] {
        e.get().openWeights() ? UsageModel.OPEN : UsageModel.CLOSED,
        (listed.isPresent() ? listed.get().describe() + " gives no hugging_face_id; " : "")
            + e.get().describe()
      };
    }
    return new String[] {
      UsageModel.CLOSED,
      (listed.isPresent()
              ? listed.get().describe() + " gives no hugging_face_id"
              : api.isEmpty()
                  ? "no OpenRouter models API file loaded"
                  : "not in the OpenRouter models API")
          + "; no Epoch AI row: closed by default"
    };
  }
}
