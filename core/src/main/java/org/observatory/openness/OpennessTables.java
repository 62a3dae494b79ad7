package org.observatory.openness;

import java.util.List;
import java.util.Map;
import org.observatory.store.Store;

/**
 * Builds the tables indicator 11 ({@code openness}) reads for the report being made: the scored
 * EOSAI dimensions (from the ingested {@code _parameters.yml}, else the copy in the jar), each
 * family's score, MOF class, OSAID verdict and origin ({@link #prepare}, after the origins are
 * loaded), and the snapshot's downloads of its Hub models ({@link #link}, after {@code
 * report_prepare}: it reads {@code r_nodes} and {@code r_roots}).
 */
public final class OpennessTables {
  private OpennessTables() {}

  public static void prepare(Store store) {
    List<Map<String, Object>> stored = store.query("openness/eosai_parameters");
    store.loadTemp(
        "openness/dims_table",
        "eosai_dims",
        rows -> {
          if (stored.isEmpty()) {
            for (EosaiParameters.Parameter p : EosaiParameters.bundled().parameters()) {
              rows.add(p.ref()).add(p.types().isEmpty() ? null : String.join(",", p.types()));
              rows.endRow();
            }
          } else {
            for (Map<String, Object> p : stored) {
              rows.add((String) p.get("dimension")).add((String) p.get("types")).endRow();
            }
          }
        });
    store.execute("openness/prepare");
  }

  /** Joins the families to the snapshot being reported ({@code r_openness}). */
  public static void link(Store store) {
    store.execute("openness/link");
  }
}
