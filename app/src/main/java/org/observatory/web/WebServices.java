package org.observatory.web;

import static java.util.Objects.requireNonNull;

import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;

/**
 * What the web app serves from, built by the composition root ({@code serve}, tests): the served
 * database copy, the origin registry (bundled, or with the {@code --origins} overrides) and the
 * license classifier.
 */
public record WebServices(
    ServedDatabase database, OriginRegistry origins, LicenseClassifier licenses) {
  public WebServices {
    requireNonNull(database, "database");
    requireNonNull(origins, "origins");
    requireNonNull(licenses, "licenses");
  }
}
