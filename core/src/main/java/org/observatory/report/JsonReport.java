package org.observatory.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as one JSON object (DESIGN.md): top-level keys are the indicator names, each a list of
 * row objects, plus {@code snapshot} (with the {@code provenance} of its files), {@code series},
 * {@code data_quality}, {@code meta} (definition, scope, window per indicator) and {@code credits}.
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private JsonReport() {}

  public static ObjectNode tree(Report r) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode snapshot = root.putObject("snapshot");
    snapshot.put("date", r.date().toString());
    snapshot.put("models", r.models());
    snapshot.put("nodes", r.nodes());
    snapshot.put("edges", r.edges());
    ArrayNode sources = snapshot.putArray("sources");
    r.sources().forEach(sources::add);
    snapshot.put("scope", r.scope());
    if (!r.originGroups().isEmpty()) {
      ObjectNode groups = snapshot.putObject("origin_groups");
      r.originGroups().forEach((label, codes) -> codes.forEach(groups.putArray(label)::add));
    }
    ObjectNode provenance = snapshot.putObject("provenance");
    provenance.put(
        "about",
        "Each source file a fetch or update wrote (the snapshot's and the reference datasets'): URL, fetch"
            + " time and last confirmation (UTC), validators and sha256; and the sources the update of this"
            + " date could not fetch. Files ingested from elsewhere are not listed.");
    provenance.set("files", rows(r.provenance().files()));
    provenance.set("missing_sources", rows(r.provenance().missing()));
    for (Indicator i : r.indicators()) {
      root.set(i.spec().name(), rows(i.rows()));
    }
    root.putObject("series").set("downloads_by_origin", rows(r.series()));
    ObjectNode quality = root.putObject("data_quality");
    quality.set("summary", rows(r.quality().summary()));
    quality.set("unattributed_authors", rows(r.quality().unattributed()));
    quality.set("lineage_issues", rows(r.quality().lineageIssues()));
    quality.set("ingest_issues", rows(r.quality().ingestIssues()));
    ObjectNode meta = root.putObject("meta");
    for (Indicator i : r.indicators()) {
      ObjectNode m = meta.putObject(i.spec().name());
      m.put("number", i.spec().number());
      m.put("title", i.spec().title());
      m.put("definition", i.spec().definition());
      m.put("scope", i.scope());
      m.put("window", i.window());
      if (i.spec().usage()) {
        m.put("data", "usage");
      }
      if (!i.assumptions().isEmpty()) {
        ArrayNode a = m.putArray("assumptions");
        i.assumptions().forEach(a::add);
      }
      if (!i.spec().credits().isEmpty()) {
        ArrayNode c = m.putArray("credits");
        i.spec().credits().forEach(c::add);
      }
      if (i.note() != null) {
        m.put("note", i.note());
      }
      i.facts().forEach((k, v) -> m.set(k, MAPPER.valueToTree(v)));
      if (i.coverage() != null) {
        ObjectNode c = m.putObject("coverage");
        c.put("basis", i.coverage().basis());
        c.put("total", i.coverage().total());
        c.put("attributed_share", i.coverage().attributedShare());
        c.put("organisations_unplaced_share", i.coverage().organisationsUnplacedShare());
        c.put("individuals_share", i.coverage().individualsShare());
        c.put("text", i.coverage().sentence());
      }
    }
    ArrayNode credits = root.putArray("credits");
    r.credits().forEach(credits::add);
    return root;
  }

  private static ArrayNode rows(List<Map<String, Object>> rows) {
    ArrayNode out = MAPPER.createArrayNode();
    for (Map<String, Object> row : rows) {
      ObjectNode o = out.addObject();
      row.forEach(
          (k, v) ->
              o.set(
                  k,
                  MAPPER.valueToTree(v instanceof java.time.temporal.Temporal ? v.toString() : v)));
    }
    return out;
  }

  public static void write(Report r, Writer out) {
    try {
      MAPPER.writeValue(out, tree(r));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON report", e);
    }
  }
}
