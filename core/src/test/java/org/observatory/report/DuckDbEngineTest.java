package org.observatory.report;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.store.Store;

/**
 * The DuckDB engine meets the engine contract on a connection of its own (its own temporary tables,
 * prepared by the engine itself): each indicator gives the rows of the report built by another
 * DuckDB engine on another connection, so nothing an engine computes depends on tables a previous
 * report left behind.
 */
class DuckDbEngineTest extends EngineContract {
  private Store session;

  @Override
  protected IndicatorEngine newEngine(Store store, Path work) {
    session = store.session();
    return new DuckDbEngine(session, OriginRegistry.bundled(), LicenseClassifier.bundled());
  }

  @AfterEach
  void closeSession() {
    if (session != null) {
      session.close();
    }
  }
}
