package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.observatory.engine.UnattributedAccount;
import org.observatory.engine.UnattributedAccounts;
import org.observatory.model.UsageException;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.CsvReport;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatory origins}: the curation loop of the origin registry. Lists the largest accounts
 * of a snapshot whose origin is UNATTRIBUTED (by downloads and by derivatives on their models, with
 * hints from the data), and checks a curator's override file ({@code --check FILE}).
 */
@Command(
    name = "origins",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the largest UNATTRIBUTED accounts of a snapshot, by 30-day downloads and by derivatives",
      "on their models, with hints from the data (their models' foundation origins, licenses,",
      "language tags): the list a curator works through. Answers go in an override file",
      "(author,origin,org_name,kind,source) used with --origins FILE; --check FILE validates one.",
      "Exit codes: 0 ok, 2 usage error, 3 bad input (a bad override row, named by its line)."
    })
final class OriginsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", description = "DuckDB database file (not needed with --check).")
  Path db;

  @Option(names = "--snapshot", description = "Snapshot date YYYY-MM-DD (default: the latest).")
  LocalDate snapshot;

  @Option(
      names = "--top",
      defaultValue = "25",
      description = "Accounts per list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table|csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin OriginsOption origins;

  @Option(
      names = "--individuals",
      description = "Also list the accounts the registry judged individuals (never placed).")
  boolean individuals;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description =
          "Validate an override file: unknown origin codes or kinds, duplicate authors, missing"
              + " sources, an individual with a country (exit 3 naming the line).")
  Path check;

  enum Format {
    TABLE,
    CSV
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (check != null) {
      return check(out);
    }
    if (db == null) {
      throw new UsageException("origins needs --db DB (or --check FILE)");
    }
    if (top < 1 || top > 10_000) {
      throw new UsageException("--top must be 1 to 10000, not " + top);
    }
    OriginRegistry registry = origins.registry();
    UnattributedAccounts.Listing listing;
    try (Store store = Store.openReadOnly(db)) {
      listing = new UnattributedAccounts(store, registry).list(snapshot, top, individuals);
    }
    if (format == Format.CSV) {
      csv(listing, out);
    } else {
      table(listing, registry, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private int check(PrintWriter out) {
    OriginRegistry bundled = OriginRegistry.bundled();
    List<Origin> rows = OriginRegistry.readOverrides(check);
    long replacing = rows.stream().filter(r -> bundled.lookup(r.author()).isPresent()).count();
    Map<String, Integer> byOrigin = new TreeMap<>();
    rows.forEach(r -> byOrigin.merge(r.placed() ? r.origin() : "not placed", 1, Integer::sum));
    out.printf(
        Locale.ROOT,
        "%s: %d rows valid (%d replace rows of the bundled registry %s, %d add rows)%n",
        check,
        rows.size(),
        replacing,
        OriginRegistry.VERSION,
        rows.size() - replacing);
    if (!byOrigin.isEmpty()) {
      StringBuilder s = new StringBuilder("  by origin:");
      byOrigin.forEach((o, n) -> s.append(' ').append(o).append(' ').append(n).append(','));
      s.setLength(s.length() - 1);
      out.println(s);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void table(UnattributedAccounts.Listing l, OriginRegistry registry, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "UNATTRIBUTED accounts of the snapshot of %s (origin registry %s, %,d rows%s)%n",
        l.snapshot(),
        OriginRegistry.VERSION,
        registry.size(),
        origins.file().map(f -> ", with " + f).orElse(""));
    out.printf(
        Locale.ROOT,
        "  %,d accounts hold %,.0f of %,.0f 30-day downloads (%s) and %,.1f of %,.1f derivatives (%s)%n",
        l.accounts(),
        l.unattributedDownloads(),
        l.downloads(),
        percent(l.unattributedDownloads(), l.downloads()),
        l.unattributedDerivatives(),
        l.derivatives(),
        percent(l.unattributedDerivatives(), l.derivatives()));
    out.printf(
        Locale.ROOT,
        "  of them: %,d judged individuals by the registry (%s of downloads; never placed%s),"
            + " %,d organisations it does not place, %,d accounts it does not know%n",
        l.individualAccounts(),
        percent(l.individualDownloads(), l.downloads()),
        individuals ? "" : ", not listed; --individuals lists them",
        l.unplacedOrganisationAccounts(),
        l.unknownAccounts());
    section("By 30-day downloads", l.byDownloads(), out);
    section("By derivatives on their models (1/k for k roots)", l.byDerivatives(), out);
    out.println();
    out.println(
        "Place an account with a row author,origin,org_name,kind,source in an override file (origin:"
            + " ISO 3166-1 alpha-2 of the headquarters, INTL only for collectives without one, empty"
            + " for not placed; kind: company, lab, university, government, collective, individual;"
            + " source: a dataset row or a page that states the headquarters). Then: observatory"
            + " origins --check FILE, and --origins FILE with report, claims, explain or origins.");
  }

  private static void section(String title, List<UnattributedAccount> rows, PrintWriter out) {
    out.println();
    out.println(title + ":");
    if (rows.isEmpty()) {
      out.println("  (none)");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %4s  %-32s %7s %14s %7s %10s %7s  %-10s  %s%n",
        "rank",
        "author",
        "models",
        "downloads",
        "share",
        "deriv.",
        "share",
        "registry",
        "hints (foundation origins of its derivatives; licenses; languages)");
    int rank = 0;
    for (UnattributedAccount a : rows) {
      out.printf(
          Locale.ROOT,
          "  %4d  %-32s %,7d %,14.0f %7s %,10.1f %7s  %-10s  %s%n",
          ++rank,
          Summaries.shorten(a.author(), 32),
          a.models(),
          a.downloads(),
          percent(a.downloadShare()),
          a.derivatives(),
          percent(a.derivativeShare()),
          a.kind() == null ? "-" : a.kind(),
          hints(a));
    }
  }

  private static String hints(UnattributedAccount a) {
    StringBuilder s = new StringBuilder();
    for (String[] h :
        new String[][] {
          {"foundation", a.foundationOrigins()},
          {"licenses", a.licenses()},
          {"languages", a.languages()}
        }) {
      if (h[1] != null && !h[1].isBlank()) {
        s.append(s.length() == 0 ? "" : "; ").append(h[0]).append(' ').append(h[1]);
      }
    }
    return s.toString();
  }

  private static void csv(UnattributedAccounts.Listing l, PrintWriter out) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String by : List.of("downloads", "derivatives")) {
      int rank = 0;
      for (UnattributedAccount a : by.equals("downloads") ? l.byDownloads() : l.byDerivatives()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("snapshot", l.snapshot());
        row.put("ranked_by", by);
        row.put("rank", ++rank);
        row.put("author", a.author());
        row.put("models", a.models());
        row.put("downloads", a.downloads());
        row.put("download_share", a.downloadShare());
        row.put("derivatives", a.derivatives());
        row.put("derivative_share", a.derivativeShare());
        row.put("registry_kind", a.kind());
        row.put("registry_source", a.registrySource());
        row.put("foundation_origins", a.foundationOrigins());
        row.put("licenses", a.licenses());
        row.put("languages", a.languages());
        rows.add(row);
      }
    }
    CsvReport.writeRows(rows, out);
  }

  private static String percent(double part, double whole) {
    return whole == 0 ? "-" : percent(part / whole);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }
}
