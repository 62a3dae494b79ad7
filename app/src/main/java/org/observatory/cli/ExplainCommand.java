package org.observatory.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.observatory.engine.DuckDbEngine;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.report.Explainer;
import org.observatory.report.Explanation;
import org.observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code observatory explain MODEL_ID}: why one model counts where it does. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Shows one model's record, edges, root(s), origin (with its registry source) and license class.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase database;

  @Option(names = "--snapshot", description = "Snapshot date YYYY-MM-DD (default: the latest).")
  LocalDate snapshot;

  @CommandLine.Mixin OriginsOption origins;

  @Parameters(
      index = "0",
      paramLabel = "MODEL_ID",
      description = "A Hub model id (org/name) or its URL.")
  String id;

  @Override
  public Integer call() {
    OriginRegistry registry = origins.registry();
    Explanation e;
    try (Store store = database.openReadOnly();
        DuckDbEngine engine = new DuckDbEngine(store, registry, LicenseClassifier.bundled())) {
      e = new Explainer(engine, registry, LicenseClassifier.bundled()).explain(snapshot, id);
    }
    print(e, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static void print(Explanation e, PrintWriter out) {
    out.println(e.id() + "  (snapshot " + e.snapshot() + ")");
    if (e.record() == null) {
      out.println("  record: none — the snapshot names this model only in a lineage edge");
    } else {
      out.println("  record:");
      for (Map.Entry<String, Object> f : e.record().entrySet()) {
        if (f.getValue() != null && !f.getKey().equals("tags")) {
          out.println("    " + f.getKey() + ": " + f.getValue());
        }
      }
    }
    if (e.source() != null) {
      Map<String, Object> s = e.source();
      out.println(
          "  source file: "
              + s.get("file")
              + "  ("
              + s.get("format")
              + ", sha256 "
              + s.get("sha256")
              + ")");
      if (s.get("url") != null) {
        out.println(
            "    fetched from "
                + s.get("url")
                + " at "
                + s.get("fetched_at")
                + ", last confirmed current "
                + s.get("checked_at")
                + (s.get("etag") == null ? "" : ", ETag " + s.get("etag"))
                + (s.get("last_modified") == null
                    ? ""
                    : ", Last-Modified " + s.get("last_modified")));
      }
    }
    out.println("  origin: " + origin(e.origin()));
    out.println("  parents:" + (e.parents().isEmpty() ? " none (a root)" : ""));
    e.parents()
        .forEach(
            p ->
                out.println(
                    "    "
                        + p.get("parent")
                        + "  "
                        + p.get("relation")
                        + "  (from "
                        + p.get("source")
                        + ")"));
    out.println("  children:" + (e.children().isEmpty() ? " none" : ""));
    e.children().forEach(c -> out.println("    " + c.get("relation") + ": " + c.get("children")));
    out.println("  root(s), each with weight 1/k:");
    for (int i = 0; i < e.roots().size(); i++) {
      Map<String, Object> r = e.roots().get(i);
      out.printf(
          "    %s  weight %.3f  depth %s  foundation origin %s%n",
          r.get("root"),
          ((Number) r.get("weight")).doubleValue(),
          r.get("depth"),
          origin(e.rootOrigins().get(i)));
    }
    if (e.license() != null) {
      out.println("  license class: " + e.license().licenseClass().key());
      out.println("    why: " + e.license().reason());
    }
    out.flush();
  }

  private static String origin(Optional<Origin> found) {
    if (found.isEmpty()) {
      return OriginRegistry.UNATTRIBUTED + " (author not in the origin registry)";
    }
    Origin o = found.get();
    return o.origin()
        + (o.orgName() == null || o.orgName().isEmpty() ? "" : " (" + o.orgName() + ")")
        + (o.source() == null || o.source().isEmpty() ? "" : " — source: " + o.source());
  }
}
