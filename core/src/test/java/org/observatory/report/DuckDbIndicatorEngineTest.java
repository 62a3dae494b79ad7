package org.observatory.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;

/** The DuckDB engine meets the engine contract: the adapter gives the report's figures. */
class DuckDbIndicatorEngineTest extends EngineContract {
  @Override
  protected IndicatorEngine newEngine(Store store, LocalDate date, Path work) {
    return new DuckDbIndicatorEngine(store, OriginRegistry.bundled(), LicenseClassifier.bundled());
  }
}
