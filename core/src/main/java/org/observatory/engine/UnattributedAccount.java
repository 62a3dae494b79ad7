package org.observatory.engine;

import static java.util.Objects.requireNonNull;

/**
 * One account of a snapshot whose origin is UNATTRIBUTED, with what it holds and hints from the
 * data for the curator who places it (METHODOLOGY.md, "The curation loop").
 *
 * @param author the Hub author (its most frequent spelling in the snapshot)
 * @param models its models with a record
 * @param downloads their 30-day downloads
 * @param downloadShare of all downloads in the snapshot
 * @param derivatives derivatives whose root is one of its models (1/k for k roots)
 * @param derivativeShare of all derivatives in the snapshot
 * @param kind the kind of its registry row when the row does not place it (an individual, an
 *     organisation without a sourced country), or null when the registry does not know it
 * @param registrySource that row's source, or null
 * @param foundationOrigins the foundation origins of its own derivatives, e.g. "CN 12, US 3"
 * @param licenses its models' licenses, e.g. "apache-2.0 10, mit 2"
 * @param languages the language tags of its models, e.g. "zh 8, en 3"
 */
public record UnattributedAccount(
    String author,
    long models,
    double downloads,
    double downloadShare,
    double derivatives,
    double derivativeShare,
    String kind,
    String registrySource,
    String foundationOrigins,
    String licenses,
    String languages) {
  public UnattributedAccount {
    requireNonNull(author, "author");
  }
}
