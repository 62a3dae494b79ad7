package org.observatory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsCatalog;
import org.observatory.claims.ClaimsEvaluator;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.HubId;
import org.observatory.origin.OriginGroups;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Explainer;
import org.observatory.report.Explanation;
import org.observatory.report.Report;
import org.observatory.report.ReportBuilder;
import org.observatory.report.TrendSettings;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.usage.UsageSettings;

/**
 * What the API computes on a generation, always through the engine: reports (built once per
 * snapshot, since building one resolves the snapshot's lineage), model explanations (one engine per
 * snapshot keeps its resolved lineage), lineage subtrees and id searches (one short-lived
 * connection each).
 */
final class Figures {
  private final OriginRegistry origins;
  private final LicenseClassifier licenses;

  Figures(OriginRegistry origins, LicenseClassifier licenses) {
    this.origins = origins;
    this.licenses = licenses;
  }

  private record ReportKey(LocalDate date) {}

  private record ExplainerKey(LocalDate date) {}

  private record ClaimsKey() {}

  /** The report of a snapshot with the minimum of downloads a claim states for itself. */
  private record ClaimReportKey(LocalDate date, long minDownloads) {}

  /**
   * Every claim beside our figure, each from the newest snapshot that has data for it (as {@code
   * observatory claims}), cached per generation.
   */
  List<ClaimVerdict> claims(Generation g) {
    return g.memo(
        new ClaimsKey(),
        () -> {
          List<LocalDate> dates =
              g.snapshots().stream()
                  .map(SnapshotInfo::date)
                  .sorted(java.util.Comparator.reverseOrder())
                  .toList();
          return new ClaimsEvaluator(ClaimsCatalog.bundled())
              .evaluate(
                  dates,
                  (d, min) ->
                      min == null
                          ? report(g, d).report()
                          : g.memo(new ClaimReportKey(d, min), () -> claimReport(g, d, min)));
        });
  }

  /**
   * A report of the snapshot built, on a connection of its own, with the server's settings but the
   * minimum of downloads a claim states for itself.
   */
  private Report claimReport(Generation g, LocalDate date, long minDownloads) {
    try (Store s = g.session();
        DuckDbEngine engine =
            new DuckDbEngine(
                s,
                origins,
                licenses,
                UsageSettings.defaults(),
                TrendSettings.defaults().withMinDownloads(minDownloads),
                OriginGroups.NONE)) {
      return new ReportBuilder(engine).only(TrendSettings.FILTERED).build(date);
    }
  }

  /** The report of one snapshot with the server's origin registry, cached per generation. */
  ReportView report(Generation g, LocalDate date) {
    return g.memo(
        new ReportKey(date),
        () -> lookup(g, engine -> ReportView.of(new ReportBuilder(engine).build(date))));
  }

  /**
   * Builds, on a new copy, the reports the copy it replaces had built (those of snapshots still
   * stored) and that of the latest snapshot, so that requests after a reload find them ready.
   */
  void warm(Generation next, Generation previous) {
    java.util.Set<LocalDate> dates = new java.util.LinkedHashSet<>();
    next.latest().ifPresent(dates::add);
    if (previous != null) {
      for (Object key : previous.memoKeys()) {
        if (key instanceof ReportKey r && next.snapshot(r.date()).isPresent()) {
          dates.add(r.date());
        }
      }
    }
    dates.forEach(d -> report(next, d));
  }

  /** Why one node of the snapshot counts where it does; 404 when the snapshot lacks it. */
  Explanation explain(Generation g, LocalDate date, HubId id) {
    requireNode(g, date, id);
    Explainer explainer =
        g.memo(
            new ExplainerKey(date),
            () ->
                new Explainer(
                    new DuckDbEngine(g.ownedSession(), origins, licenses), origins, licenses));
    synchronized (explainer) {
      return explainer.explain(date, id.value());
    }
  }

  /** The descendants of a node, down to {@code depth}, at most {@code rows} edge rows. */
  List<Map<String, Object>> subtree(
      Generation g, LocalDate date, HubId root, String relation, int depth, int rows) {
    requireNode(g, date, root);
    return lookup(g, engine -> engine.subtree(date, root, relation, depth, rows));
  }

  /** The root's own record, if the snapshot has one. */
  Map<String, Object> record(Generation g, LocalDate date, HubId id) {
    return lookup(g, engine -> engine.record(date, id).orElse(null));
  }

  /**
   * Nodes whose id contains {@code text} (case-insensitive): ids starting with it first, then by
   * downloads.
   */
  List<Map<String, Object>> search(Generation g, LocalDate date, String text, int limit) {
    return lookup(g, engine -> engine.search(date, text, limit));
  }

  private void requireNode(Generation g, LocalDate date, HubId id) {
    if (!lookup(g, engine -> engine.exists(date, id))) {
      throw new NotFoundException("no model " + id + " in the snapshot of " + date);
    }
  }

  /** {@code question} answered by an engine on a connection of its own, closed after. */
  private <T> T lookup(Generation g, Function<DuckDbEngine, T> question) {
    try (Store s = g.session();
        DuckDbEngine engine = new DuckDbEngine(s, origins, licenses)) {
      return question.apply(engine);
    }
  }
}
