package org.observatory.cli;

import java.io.PrintWriter;
import java.util.List;
import org.observatory.claims.ClaimVerdict;
import org.observatory.claims.ClaimsEvaluator;

/**
 * Prints the claims scorecard: each claim, its source and scope, ours with scope and date, the
 * verdict.
 */
final class ClaimsPrinter {
  private final PrintWriter out;

  ClaimsPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(List<ClaimVerdict> verdicts) {
    out.println("Claims of the debate, checked (claims/claims.yaml; sources in CLAIMS.md)");
    for (ClaimVerdict v : verdicts) {
      out.println();
      out.printf("  [%s] %s%n", v.verdict().toUpperCase(java.util.Locale.ROOT), v.claim().claim());
      out.printf(
          "    claimed %s — %s%n",
          ClaimsEvaluator.format(v.claim().unit(), v.claim().claimed()), v.claim().source());
      out.printf("    their scope: %s%n", v.claim().sourceScope());
      out.printf(
          "    ours: %s — %s%s%n",
          ClaimsEvaluator.ours(v),
          v.claim().ourScope(),
          v.window() == null
              ? ""
              : " ("
                  + (v.snapshot() == null ? "" : "snapshot " + v.snapshot() + "; ")
                  + v.window()
                  + ")");
      out.printf("    why: %s%n", v.reason());
    }
    out.flush();
  }
}
