package org.observatory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.report.DataQuality;
import org.observatory.report.Indicator;
import org.observatory.report.IndicatorSpec;
import org.observatory.report.Report;

class ClaimsEvaluatorTest {
  private static final LocalDate D = LocalDate.of(2025, 4, 26);

  private static Report report(List<Map<String, Object>> rows) {
    return report(rows, D);
  }

  private static Report report(List<Map<String, Object>> rows, LocalDate date) {
    IndicatorSpec spec =
        new IndicatorSpec(
            "x",
            1,
            "X",
            "indicators/x",
            0,
            "def",
            "window of {date}",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Report(
        date,
        1,
        1,
        0,
        List.of("f"),
        List.of(new Indicator(spec, "scope", "w", List.of(), null, rows)),
        List.of(),
        new DataQuality(List.of(), List.of(), List.of(), List.of()),
        List.of());
  }

  private static Claim claim(double claimed, String comparison, boolean comparable, Measure m) {
    return new Claim(
        "c",
        "a claim",
        "someone",
        "a source",
        "their scope",
        claimed,
        "share",
        m,
        "our scope",
        comparable,
        "why",
        0.01,
        comparison,
        true,
        null,
        null);
  }

  private static final Measure SHARE_CN =
      new Measure("x", Map.of("origin", "CN"), "share", "first", null, null, null);
  private static final List<Map<String, Object>> ROWS =
      List.of(Map.of("origin", "US", "share", 0.6), Map.of("origin", "CN", "share", 0.35));

  @Test
  void exactClaimsAreConsistentWithinTheToleranceOnly() {
    assertThat(ClaimsEvaluator.evaluate(claim(0.355, null, true, SHARE_CN), report(ROWS)).verdict())
        .isEqualTo("consistent");
    ClaimVerdict v = ClaimsEvaluator.evaluate(claim(0.80, null, true, SHARE_CN), report(ROWS));
    assertThat(v.verdict()).isEqualTo("differs");
    assertThat(v.ours()).isEqualTo(0.35);
    assertThat(v.snapshot()).isEqualTo(D);
  }

  @Test
  void atLeastAndAtMostReadTheClaimAsABound() {
    assertThat(
            ClaimsEvaluator.evaluate(claim(0.30, "at_least", true, SHARE_CN), report(ROWS))
                .verdict())
        .isEqualTo("consistent");
    assertThat(
            ClaimsEvaluator.evaluate(claim(0.50, "at_least", true, SHARE_CN), report(ROWS))
                .verdict())
        .isEqualTo("differs");
    assertThat(
            ClaimsEvaluator.evaluate(claim(0.50, "at_most", true, SHARE_CN), report(ROWS))
                .verdict())
        .isEqualTo("consistent");
  }

  @Test
  void aRangeCountsWhenTheClaimFallsInsideIt() {
    Measure range = new Measure("x", Map.of(), "high", "first", "low", "high", null);
    List<Map<String, Object>> rows = List.of(Map.of("low", 0.4, "high", 0.8));
    ClaimVerdict v = ClaimsEvaluator.evaluate(claim(0.7, null, true, range), report(rows));
    assertThat(v.verdict()).isEqualTo("consistent");
    assertThat(ClaimsEvaluator.ours(v)).isEqualTo("40.0% to 80.0%");
    assertThat(ClaimsEvaluator.evaluate(claim(0.9, null, true, range), report(rows)).verdict())
        .isEqualTo("differs");
  }

  /**
   * Issue 11: a share by origin with bounds (none to all of the UNATTRIBUTED mass given to the
   * origin) is consistent with a claim inside them, even beyond the tolerance of the share alone.
   */
  @Test
  void aClaimInsideTheBoundsOfAShareIsConsistent() {
    List<Map<String, Object>> rows =
        List.of(Map.of("origin", "CN", "share", 0.35, "share_low", 0.35, "share_high", 0.47));
    ClaimVerdict inside = ClaimsEvaluator.evaluate(claim(0.45, null, true, SHARE_CN), report(rows));
    assertThat(inside.verdict()).isEqualTo("consistent");
    assertThat(inside.reason()).contains("our bounds 35.0% to 47.0%");
    assertThat(ClaimsEvaluator.ours(inside)).isEqualTo("35.0% (35.0% to 47.0%)");
    assertThat(ClaimsEvaluator.evaluate(claim(0.45, null, true, SHARE_CN), report(ROWS)).verdict())
        .as("the same claim without bounds")
        .isEqualTo("differs");
    assertThat(ClaimsEvaluator.evaluate(claim(0.60, null, true, SHARE_CN), report(rows)).verdict())
        .isEqualTo("differs");
  }

  @Test
  void notComparableKeepsOurFigureAndNoRowsMeansNoData() {
    ClaimVerdict v = ClaimsEvaluator.evaluate(claim(0.8, null, false, SHARE_CN), report(ROWS));
    assertThat(v.verdict()).isEqualTo("not comparable");
    assertThat(v.ours()).isEqualTo(0.35);
    List<ClaimVerdict> none =
        new ClaimsEvaluator(List.of(claim(0.8, null, true, SHARE_CN)))
            .evaluate(List.of(D), ClaimReports.only(d -> report(List.of())));
    assertThat(none.get(0).verdict()).isEqualTo("no data");
  }

  /**
   * A partial sum with too little coverage: no data, unless it already reaches an "at least" claim
   * (a lower bound); an older snapshot with enough coverage gives the figure instead.
   */
  @Test
  void aPartialSumNeedsItsCoverageUnlessItAlreadyReachesTheClaim() {
    Measure sum = new Measure("x", Map.of(), "total", "first", null, null, null);
    Claim atLeast500 =
        new Claim(
            "c",
            "a claim",
            "someone",
            "a source",
            "their scope",
            500,
            "downloads",
            sum,
            "our scope",
            true,
            null,
            null,
            "at_least",
            true,
            null,
            new Coverage("covered", 0.9, "the share counted"));
    List<Map<String, Object>> thin = List.of(Map.of("total", 400.0, "covered", 0.5));
    List<Map<String, Object>> thinButEnough = List.of(Map.of("total", 600.0, "covered", 0.5));
    List<Map<String, Object>> whole = List.of(Map.of("total", 450.0, "covered", 0.95));

    ClaimVerdict low = ClaimsEvaluator.evaluate(atLeast500, report(thin));
    assertThat(low.verdict()).isEqualTo("no data");
    assertThat(low.ours()).isNull();
    assertThat(low.coverage()).isEqualTo(0.5);
    assertThat(low.reason())
        .isEqualTo(
            "our partial figure, 400 in the snapshot of 2025-04-26, is not set beside the claim:"
                + " coverage 50.0% (the share counted), below the 90.0% a verdict needs");
    ClaimVerdict bound = ClaimsEvaluator.evaluate(atLeast500, report(thinButEnough));
    assertThat(bound.verdict()).isEqualTo("consistent");
    assertThat(bound.reason())
        .contains(
            "coverage 50.0% (the share counted), below the 90.0% a verdict needs, but ours is")
        .contains("a lower bound that already reaches the claim");
    ClaimVerdict differs = ClaimsEvaluator.evaluate(atLeast500, report(whole));
    assertThat(differs.verdict()).isEqualTo("differs");
    assertThat(differs.reason())
        .contains("coverage 95.0% (the share counted), at least the 90.0% a verdict needs");

    LocalDate older = D.minusMonths(6);
    List<ClaimVerdict> fallback =
        new ClaimsEvaluator(List.of(atLeast500))
            .evaluate(
                List.of(D, older),
                ClaimReports.only(d -> d.equals(D) ? report(thin) : report(whole, older)));
    assertThat(fallback.get(0).verdict()).isEqualTo("differs");
    assertThat(fallback.get(0).snapshot()).isEqualTo(older);
    List<ClaimVerdict> onlyThin =
        new ClaimsEvaluator(List.of(atLeast500))
            .evaluate(List.of(D), ClaimReports.only(d -> report(thin)));
    assertThat(onlyThin.get(0).reason()).startsWith("our partial figure, 400 in the snapshot of");
  }

  @Test
  void theBundledClaimsLoadAndNameTheirSources() {
    List<Claim> claims = ClaimsCatalog.bundled();
    assertThat(claims).hasSizeGreaterThanOrEqualTo(10);
    assertThat(claims).allSatisfy(c -> assertThat(c.source()).isNotBlank());
    assertThat(claims)
        .extracting(Claim::id)
        .doesNotHaveDuplicates()
        .contains(
            "builders-chinese-base",
            "chinese-open-token-share",
            "qwen-700m-downloads",
            "open-price-cut-70",
            "open-savings-25b",
            "epoch-open-weight-2025-cn");
  }
}
