package org.observatory.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.RowAppender;
import org.observatory.store.Store;

/**
 * Prepares a report's usage tables beside the stored usage data: maps every usage model ({@link
 * ModelMapper}) into the temporary table {@code usage_models}, stores the savings settings, and
 * builds the rows the usage indicators read ({@code usage/usage_prepare.sql}).
 */
public final class UsageTables {
  private final Store store;
  private final OriginRegistry origins;
  private final UsageSettings settings;

  public UsageTables(Store store, OriginRegistry origins, UsageSettings settings) {
    this.store = store;
    this.origins = origins;
    this.settings = settings;
  }

  /** Loads the tables and returns what usage data they rest on. */
  public UsageScope prepare() {
    List<UsageModel> models = mapModels();
    store.loadTemp(
        "usage/usage_models_table",
        "usage_models",
        rows -> {
          for (UsageModel m : models) {
            append(rows, m);
          }
        });
    store.loadTemp(
        "usage/usage_settings_table",
        "usage_settings",
        rows -> rows.add(settings.efficiencyMin()).add(settings.efficiencyMax()).endRow());
    store.execute("usage/usage_prepare");
    return UsageScope.of(store.query("usage/usage_window").get(0));
  }

  /** Every usage model of the store, mapped. */
  List<UsageModel> mapModels() {
    List<ApiModels.Entry> api = new ArrayList<>();
    for (Map<String, Object> r : store.query("usage/api_models")) {
      api.add(
          new ApiModels.Entry(
              (String) r.get("id"),
              (String) r.get("canonical_slug"),
              (String) r.get("hugging_face_id")));
    }
    List<VendorPriceIndex.Match> vendors = new ArrayList<>();
    for (Map<String, Object> r : store.query("usage/vendor_models")) {
      vendors.add(
          new VendorPriceIndex.Match(
              (String) r.get("vendor"), (String) r.get("model_id"), (String) r.get("name")));
    }
    ModelMapper mapper =
        new ModelMapper(
            origins,
            new ApiModels(api),
            EpochAccessibility.bundled(),
            settings.bands(),
            settings.weights(),
            new VendorPriceIndex(vendors));
    List<UsageModel> out = new ArrayList<>();
    for (Map<String, Object> r : store.query("usage/usage_slugs")) {
      out.add(mapper.map((String) r.get("slug"), (String) r.get("name")));
    }
    return out;
  }

  private static void append(RowAppender rows, UsageModel m) {
    rows.add(m.slug())
        .add(m.maker())
        .add(m.origin())
        .add(m.originBasis())
        .add(m.weights())
        .add(m.weightsBasis())
        .add(m.apiId())
        .add(m.huggingFaceId())
        .add(m.band())
        .add(m.bandBasis())
        .add(m.vendor())
        .add(m.vendorModel())
        .endRow();
  }
}
