package org.observatory.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.observatory.model.Provenance;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.SourceFile;

/**
 * The stored snapshots as JSON, for {@code snapshots --format json} and {@code /api/v1/snapshots}:
 * each with its counts, its source files (sha256 and, when a fetch wrote them, their provenance:
 * fetch source, URL, fetch time, last confirmation, ETag, Last-Modified) and the sources its update
 * missed; and the reference-dataset files beside them, with theirs.
 */
public final class SnapshotsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotsJson() {}

  /** One snapshot; {@code missing} are the rows of the missing-sources listing (any date). */
  public static ObjectNode snapshot(SnapshotInfo s, List<Map<String, Object>> missing) {
    ObjectNode o = JSON.createObjectNode();
    o.put("date", s.date().toString());
    o.put("models", s.models());
    o.put("nodes", s.nodes());
    o.put("edges", s.edges());
    o.put("ingested_at", s.ingestedAt().toString());
    ArrayNode sources = o.putArray("sources");
    for (SourceFile f : s.sources()) {
      ObjectNode src = sources.addObject();
      src.put("file", f.fileName());
      src.put("format", f.format());
      src.put("sha256", f.sha256());
      src.put("records_read", f.recordsRead());
      src.put("records_stored", f.recordsStored());
      src.put("records_skipped", f.recordsSkipped());
      src.set("provenance", provenance(f.provenance()));
    }
    ArrayNode miss = o.putArray("missing_sources");
    for (Map<String, Object> m : missing) {
      if (s.date().equals(m.get("snapshot_date"))) {
        missed(miss.addObject(), m);
      }
    }
    return o;
  }

  private static ObjectNode missed(ObjectNode o, Map<String, Object> m) {
    return o.put("source", (String) m.get("source"))
        .put("url", (String) m.get("url"))
        .put("reason", (String) m.get("reason"))
        .put("recorded_at", String.valueOf(m.get("recorded_at")).replace(' ', 'T'));
  }

  /**
   * Every snapshot, oldest first, then the reference datasets ({@code Store.datasets()} rows), then
   * every source an update could not fetch, by date: also those of an update of reference datasets
   * only ({@code --sources} without hub), whose date may have no snapshot.
   */
  public static ObjectNode all(
      List<SnapshotInfo> snapshots,
      List<Map<String, Object>> datasets,
      List<Map<String, Object>> missing) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("snapshots");
    snapshots.forEach(s -> list.add(snapshot(s, missing)));
    ArrayNode ds = root.putArray("datasets");
    for (Map<String, Object> d : datasets) {
      ObjectNode o = ds.addObject();
      o.put("format", (String) d.get("format"));
      o.put("file", (String) d.get("file_name"));
      o.put("sha256", (String) d.get("sha256"));
      o.put("records", ((Number) d.get("records")).longValue());
      o.put("data_date", d.get("data_date") == null ? null : d.get("data_date").toString());
      o.put("ingested_at", String.valueOf(d.get("ingested_at")).replace(' ', 'T'));
      o.set("provenance", datasetProvenance(d));
    }
    ArrayNode miss = root.putArray("missing_sources");
    for (Map<String, Object> m : missing) {
      missed(miss.addObject().put("date", String.valueOf(m.get("snapshot_date"))), m);
    }
    return root;
  }

  private static ObjectNode provenance(Provenance p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("source", p.source());
    o.put("url", p.url());
    o.put("fetched_at", p.fetchedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    o.put("checked_at", p.checkedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    o.put("etag", p.etag());
    o.put("last_modified", p.lastModified());
    return o;
  }

  /** A dataset row's provenance columns (times already UTC text) as the same object. */
  private static ObjectNode datasetProvenance(Map<String, Object> d) {
    if (d.get("url") == null || d.get("fetched_at") == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("source", (String) d.get("fetch_source"));
    o.put("url", (String) d.get("url"));
    o.put("fetched_at", (String) d.get("fetched_at"));
    o.put("checked_at", (String) d.get("checked_at"));
    o.put("etag", (String) d.get("etag"));
    o.put("last_modified", (String) d.get("last_modified"));
    return o;
  }
}
