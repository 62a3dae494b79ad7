package org.observatory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Indicator;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.store.Store;
import org.observatory.testing.UsageData;

/** Without usage data the usage indicators are empty lists with a note, not an error. */
class NoUsageDataTest {
  @Test
  void usageIndicatorsAreEmptyWithANote() {
    try (Store store = Store.inMemory()) {
      UsageData.withSnapshot(store);
      Report r =
          new ReportBuilder(
                  new DuckDbEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled()))
              .build(UsageData.SNAPSHOT);

      for (String name :
          new String[] {
            "usage_share", "usage_share_by_week", "usage_models", "savings", "savings_reallocation"
          }) {
        Indicator i = r.indicator(name);
        assertThat(i.rows()).as(name).isEmpty();
        assertThat(i.note()).as(name).contains("No usage data loaded");
        assertThat(i.scope()).isEqualTo("no usage data loaded");
      }
      assertThat(r.indicator("downloads_by_origin").rows()).isNotEmpty();
      assertThat(r.credits()).noneMatch(c -> c.contains("OpenRouter"));
    }
  }
}
