package org.observatory.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * The curation list of one snapshot ({@code observatory origins}): the largest accounts whose
 * origin is UNATTRIBUTED, by downloads and by derivatives on their models, with hints from the data
 * (foundation origins, licenses, languages), on the same lineage and registry as the report (the
 * DuckDB engine's preparation).
 */
public final class UnattributedAccounts {
  private final Store store;
  private final OriginRegistry origins;

  public UnattributedAccounts(Store store, OriginRegistry origins) {
    this.store = store;
    this.origins = origins;
  }

  /** What a curator sees: the totals and the two rankings. */
  public record Listing(
      LocalDate snapshot,
      double downloads,
      double derivatives,
      long accounts,
      double unattributedDownloads,
      double unattributedDerivatives,
      long individualAccounts,
      double individualDownloads,
      long unplacedOrganisationAccounts,
      long unknownAccounts,
      List<UnattributedAccount> byDownloads,
      List<UnattributedAccount> byDerivatives) {
    public Listing {
      byDownloads = List.copyOf(byDownloads);
      byDerivatives = List.copyOf(byDerivatives);
    }
  }

  /**
   * The {@code top} largest unattributed accounts of the snapshot of {@code date} (the latest when
   * null) by downloads and by derivatives; accounts the registry judged individuals only when
   * {@code individuals}.
   */
  public Listing list(LocalDate date, int top, boolean individuals) {
    SnapshotInfo snapshot = store.snapshot(date);
    LocalDate d = snapshot.date();
    new DuckDbEngine(store, origins, LicenseClassifier.bundled()).prepare(d, step -> {});
    store.execute("origins/accounts_prepare", d);
    Map<String, Object> s = store.query("origins/accounts_summary").get(0);
    return new Listing(
        d,
        number(s.get("downloads")),
        number(s.get("derivatives")),
        (long) number(s.get("accounts")),
        number(s.get("unattributed_downloads")),
        number(s.get("unattributed_derivatives")),
        (long) number(s.get("individual_accounts")),
        number(s.get("individual_downloads")),
        (long) number(s.get("unplaced_organisation_accounts")),
        (long) number(s.get("unknown_accounts")),
        ranked("downloads", top, individuals),
        ranked("derivatives", top, individuals));
  }

  private List<UnattributedAccount> ranked(String by, int top, boolean individuals) {
    return store.query("origins/accounts_top", by, individuals, by, top).stream()
        .map(
            r ->
                new UnattributedAccount(
                    (String) r.get("author"),
                    (long) number(r.get("models")),
                    number(r.get("downloads")),
                    number(r.get("download_share")),
                    number(r.get("derivatives")),
                    number(r.get("derivative_share")),
                    (String) r.get("kind"),
                    (String) r.get("registry_source"),
                    (String) r.get("foundation_origins"),
                    (String) r.get("licenses"),
                    (String) r.get("languages")))
        .toList();
  }

  private static double number(Object v) {
    return v == null ? 0 : ((Number) v).doubleValue();
  }
}
