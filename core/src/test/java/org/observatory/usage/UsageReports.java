package org.observatory.usage;

import java.util.List;
import java.util.Map;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/** Reports of a store holding every bundled usage file (and a small Hub snapshot). */
final class UsageReports implements AutoCloseable {
  private final Store store = Store.inMemory();

  UsageReports() {
    UsageData.withSnapshot(store);
    UsageData.ingestAll(store);
  }

  Report report(UsageSettings settings) {
    return new ReportBuilder(
            new DuckDbEngine(
                store, OriginRegistry.bundled(), LicenseClassifier.bundled(), settings))
        .build(UsageData.SNAPSHOT);
  }

  Report report() {
    return report(UsageSettings.defaults());
  }

  /** A test query on the store, after a report has built its temporary tables. */
  List<Map<String, Object>> query(String name) {
    return store.query(name);
  }

  static Map<String, Object> row(Report r, String indicator, String key, Object value) {
    List<Map<String, Object>> rows = r.indicator(indicator).rows();
    return rows.stream()
        .filter(x -> String.valueOf(x.get(key)).equals(String.valueOf(value)))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + indicator + " row with " + key + "=" + value));
  }

  static double number(Map<String, Object> row, String field) {
    return ((Number) row.get(field)).doubleValue();
  }

  @Override
  public void close() {
    store.close();
  }
}
