package org.observatory.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.observatory.report.Indicator;
import org.observatory.report.Report;

/**
 * Sets each claim beside our figure. Reports are asked for newest snapshot first; a claim takes its
 * figure from the newest snapshot whose report has rows for its measure (and, for a claim with a
 * {@link Coverage}, enough coverage for a verdict), and says which. A claim whose measure states
 * its own filter (the minimum downloads of the monthly series) takes its figure from a report
 * computed with it, so that it is compared in its own scope whatever the report options.
 */
public final class ClaimsEvaluator {
  private static final String NO_DATA = "no data";

  private final List<Claim> claims;

  /** A report of a snapshot with a minimum of downloads (null: the caller's settings). */
  private record Key(LocalDate date, Long minDownloads) {}

  public ClaimsEvaluator(List<Claim> claims) {
    this.claims = List.copyOf(claims);
  }

  /**
   * @param snapshots the snapshot dates to try, newest first
   * @param reports builds the report of a snapshot (each is asked for once)
   */
  public List<ClaimVerdict> evaluate(List<LocalDate> snapshots, ClaimReports reports) {
    Map<Key, Optional<Report>> cache = new LinkedHashMap<>();
    Function<Key, Report> report =
        k ->
            cache
                .computeIfAbsent(
                    k, x -> Optional.ofNullable(reports.report(x.date(), x.minDownloads())))
                .orElse(null);
    List<ClaimVerdict> out = new ArrayList<>();
    for (Claim c : claims) {
      ClaimVerdict v = null;
      ClaimVerdict tooLittle = null;
      for (LocalDate d : snapshots) {
        Report r = inScope(c, report.apply(new Key(d, null)), k -> report.apply(new Key(d, k)));
        v = r == null ? null : evaluate(c, r);
        if (v != null && v.verdict().equals(NO_DATA)) {
          // too little coverage here: an older snapshot may have enough
          tooLittle = tooLittle == null ? v : tooLittle;
          v = null;
        }
        if (v != null) {
          break;
        }
      }
      out.add(v != null ? v : tooLittle != null ? tooLittle : noData(c));
    }
    return out;
  }

  /**
   * The report to read the claim's figure from: the caller's, or, when the claim states a minimum
   * of downloads the report was not computed with, that of the same snapshot computed with it (null
   * when there is none, or when the caller's report has no rows to filter).
   */
  private static Report inScope(Claim c, Report r, Function<Long, Report> withMinimum) {
    Long min = c.measure().minDownloads();
    if (r == null || min == null) {
      return r;
    }
    long own = minDownloads(r, c.measure().indicator());
    if (own == min) {
      return r;
    }
    if (own < min && evaluate(c, r) == null) {
      return null; // a stricter filter keeps no more rows than the report has
    }
    return withMinimum.apply(min);
  }

  /** The minimum of downloads the report's indicator was computed with (its meta), else 0. */
  private static long minDownloads(Report r, String indicator) {
    return r.has(indicator)
            && r.indicator(indicator).facts().get("min_downloads") instanceof Number n
        ? n.longValue()
        : 0;
  }

  /**
   * The verdict of one claim on one report, or null when the report has no rows for its measure.
   */
  static ClaimVerdict evaluate(Claim c, Report r) {
    Indicator i =
        r.indicators().stream()
            .filter(x -> x.spec().name().equals(c.measure().indicator()))
            .findFirst()
            .orElse(null);
    if (i == null) {
      return null;
    }
    Measure m = c.measure();
    List<Map<String, Object>> kept = m.kept(i.rows());
    Double ours = m.value(kept);
    if (ours == null) {
      return null;
    }
    double low = ours;
    double high = ours;
    boolean bounds = false;
    if (m.isRange() && kept.get(0).get(m.rangeLow()) instanceof Number) {
      low = Measure.number(kept.get(0), m.rangeLow());
      high = Measure.number(kept.get(0), m.rangeHigh());
    } else if (m.hasBounds(kept)) {
      // a share by origin: consistent when the claim lies between none and all of the
      // UNATTRIBUTED mass given to the origin
      low = m.value(kept, m.field() + "_low");
      high = m.value(kept, m.field() + "_high");
      bounds = true;
    }
    Double coverage = coverage(c, kept);
    String verdict;
    String reason;
    if (!c.comparable()) {
      verdict = "not comparable";
      reason = c.why();
    } else {
      double tol = c.tolerance() == null ? 0 : c.tolerance();
      double lo = Math.min(low, high);
      double hi = Math.max(low, high);
      boolean within =
          switch (c.comparison()) {
            case "at_least" -> hi >= c.claimed() - tol;
            case "at_most" -> lo <= c.claimed() + tol;
            default -> c.claimed() >= lo - tol && c.claimed() <= hi + tol;
          };
      verdict = within ? "consistent" : "differs";
      reason =
          (within
                  ? "ours agrees with the claimed figure"
                  : "ours does not agree with the claimed figure")
              + (c.comparison().equals("exact")
                  ? ""
                  : " (read as " + c.comparison().replace('_', ' ') + ")")
              + (m.isRange()
                  ? " (our range " + format(c.unit(), low) + " to " + format(c.unit(), high) + ")"
                  : "")
              + (bounds && low != high
                  ? " (our bounds "
                      + format(c.unit(), low)
                      + " to "
                      + format(c.unit(), high)
                      + ": none to all of the unattributed mass to that origin)"
                  : "")
              + coverageNote(c, coverage, within)
              + (c.why() == null ? "" : "; " + c.why());
      if (tooLittle(c, coverage) && !(within && c.comparison().equals("at_least"))) {
        return new ClaimVerdict(
            c,
            null,
            null,
            null,
            c.snapshotBased() ? r.date() : null,
            i.window(),
            NO_DATA,
            "our partial figure, "
                + format(c.unit(), ours)
                + (c.snapshotBased() ? " in the snapshot of " + r.date() : "")
                + ", is not set beside the claim: "
                + coverageText(c, coverage)
                + (c.needs() == null ? "" : ". " + c.needs()),
            coverage);
      }
    }
    return new ClaimVerdict(
        c,
        ours,
        low,
        high,
        c.snapshotBased() ? r.date() : null,
        i.window(),
        verdict,
        reason,
        coverage);
  }

  /** The claim's coverage in the first kept row (0 when the row has none), or null without one. */
  private static Double coverage(Claim c, List<Map<String, Object>> kept) {
    if (c.coverage() == null) {
      return null;
    }
    return kept.get(0).get(c.coverage().field()) instanceof Number n ? n.doubleValue() : 0.0;
  }

  private static boolean tooLittle(Claim c, Double coverage) {
    return c.coverage() != null && coverage < c.coverage().min();
  }

  /** "coverage 58.8% (the share of ...), below the 90.0% a verdict needs". */
  private static String coverageText(Claim c, Double coverage) {
    return "coverage "
        + format("share", coverage)
        + " ("
        + c.coverage().of()
        + ")"
        + (tooLittle(c, coverage) ? ", below" : ", at least")
        + " the "
        + format("share", c.coverage().min())
        + " a verdict needs";
  }

  /** The coverage beside a verdict: a lower bound below the threshold that already reaches it. */
  private static String coverageNote(Claim c, Double coverage, boolean within) {
    if (c.coverage() == null) {
      return "";
    }
    return "; "
        + coverageText(c, coverage)
        + (tooLittle(c, coverage) && within
            ? ", but ours is a lower bound that already reaches the claim (what is not covered can"
                + " only add to it)"
            : "");
  }

  private static ClaimVerdict noData(Claim c) {
    return new ClaimVerdict(
        c,
        null,
        null,
        null,
        null,
        null,
        NO_DATA,
        c.needs() != null
            ? c.needs()
            : "no loaded data gives "
                + c.measure().indicator()
                + " rows for this measure: ingest the data it needs",
        null);
  }

  /**
   * A figure in its unit: shares as percentages, money in USD with k/M/B ({@code $24.8B}), counts
   * with separators, scores to 3 places.
   */
  public static String format(String unit, Double v) {
    if (v == null) {
      return "-";
    }
    return switch (unit) {
      case "share" -> String.format(Locale.ROOT, "%.1f%%", v * 100);
      case "usd" -> org.observatory.report.Unit.USD.format(v);
      case "score" -> String.format(Locale.ROOT, "%.3f", v);
      default -> String.format(Locale.ROOT, "%,.0f", v);
    };
  }

  /** Our figure as text: a single value or a range. */
  public static String ours(ClaimVerdict v) {
    if (v.ours() == null) {
      return "-";
    }
    String unit = v.claim().unit();
    if (v.oursLow() == null || v.oursLow().equals(v.oursHigh())) {
      return format(unit, v.ours());
    }
    return v.claim().measure().isRange()
        ? format(unit, v.oursLow()) + " to " + format(unit, v.oursHigh())
        : format(unit, v.ours())
            + " ("
            + format(unit, v.oursLow())
            + " to "
            + format(unit, v.oursHigh())
            + ")";
  }
}
