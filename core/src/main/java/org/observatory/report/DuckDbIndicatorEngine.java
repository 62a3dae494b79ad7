package org.observatory.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;

/**
 * The DuckDB engine: a thin adapter over the store and {@link ReportBuilder}'s preparation, so the
 * figures are those of the report. It does not own the store.
 */
public final class DuckDbIndicatorEngine implements IndicatorEngine {
  private final Store store;
  private final ReportBuilder builder;
  private LocalDate prepared;

  public DuckDbIndicatorEngine(Store store, OriginRegistry origins, LicenseClassifier licenses) {
    this.store = store;
    this.builder = new ReportBuilder(store, origins, licenses);
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public List<Map<String, Object>> run(String indicator, LocalDate snapshot) {
    IndicatorSpec spec = IndicatorEngine.spec(indicator);
    if (!snapshot.equals(prepared)) {
      builder.prepare(snapshot);
      prepared = snapshot;
    }
    return spec.limit() > 0 ? store.query(spec.sql(), spec.limit()) : store.query(spec.sql());
  }

  @Override
  public void close() {
    prepared = null;
  }
}
