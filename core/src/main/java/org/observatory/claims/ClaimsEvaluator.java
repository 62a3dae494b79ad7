package org.observatory.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.observatory.report.Indicator;
import org.observatory.report.Report;

/**
 * Sets each claim beside our figure. Reports are asked for newest snapshot first; a claim takes its
 * figure from the newest snapshot whose report has rows for its measure, and says which.
 */
public final class ClaimsEvaluator {
  private final List<Claim> claims;

  public ClaimsEvaluator(List<Claim> claims) {
    this.claims = List.copyOf(claims);
  }

  /**
   * @param snapshots the snapshot dates to try, newest first
   * @param reports builds (or returns a cached) report of a snapshot
   */
  public List<ClaimVerdict> evaluate(
      List<LocalDate> snapshots, Function<LocalDate, Report> reports) {
    Map<LocalDate, Report> cache = new LinkedHashMap<>();
    List<ClaimVerdict> out = new ArrayList<>();
    for (Claim c : claims) {
      ClaimVerdict v = null;
      for (LocalDate d : snapshots) {
        Report r = cache.computeIfAbsent(d, reports);
        v = evaluate(c, r);
        if (v != null) {
          break;
        }
      }
      out.add(v != null ? v : noData(c));
    }
    return out;
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
    if (m.isRange() && kept.get(0).get(m.rangeLow()) instanceof Number) {
      low = Measure.number(kept.get(0), m.rangeLow());
      high = Measure.number(kept.get(0), m.rangeHigh());
    }
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
              + (c.why() == null ? "" : "; " + c.why());
    }
    return new ClaimVerdict(
        c, ours, low, high, c.snapshotBased() ? r.date() : null, i.window(), verdict, reason);
  }

  private static ClaimVerdict noData(Claim c) {
    return new ClaimVerdict(
        c,
        null,
        null,
        null,
        null,
        null,
        "no data",
        "no loaded data gives "
            + c.measure().indicator()
            + " rows for this measure: ingest the data it needs");
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
    return v.claim().measure().isRange() && !v.oursLow().equals(v.oursHigh())
        ? format(unit, v.oursLow()) + " to " + format(unit, v.oursHigh())
        : format(unit, v.ours());
  }
}
