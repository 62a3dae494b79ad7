package org.observatory.usage;

import static org.observatory.usage.WeeklyRankingLoader.nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads an OpenRouter {@code /api/v1/models} response ({@code {data[{id, canonical_slug,
 * hugging_face_id, name, created, pricing{prompt, completion}}]}}) into {@code usage_api_models}.
 * Prices are USD-per-token strings; they are stored per 1M tokens, and OpenRouter's {@code -1} (no
 * fixed price, e.g. its auto router) is stored as null.
 */
public final class ModelsApiLoader implements DatasetLoader {
  static final String TABLE = "usage_api_models";

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    JsonDocument doc = JsonDocument.read(file, "data");
    if (doc.records() == null) {
      throw new BadInputException(
          file.name(), 1, "no 'data' list: not an OpenRouter models API response");
    }
    List<Row> rows = new ArrayList<>();
    LocalDate newest = null;
    for (JsonRecord r : doc.records()) {
      Row row = Row.of(r.object());
      rows.add(row);
      if (row.created != null && (newest == null || row.created.isAfter(newest))) {
        newest = row.created;
      }
    }
    String source = file.path().getFileName().toString();
    sink.replaceSource(TABLE, source);
    RowAppender out = sink.rows(TABLE);
    for (Row row : rows) {
      row.append(out.add(source));
    }
    return new DatasetResult(rows.size(), rows.size(), 0, newest, List.of());
  }

  private record Row(
      String id,
      String canonicalSlug,
      String huggingFaceId,
      String name,
      LocalDate created,
      Double prompt,
      Double completion) {

    static Row of(JsonRecord r) {
      Long created = r.optionalCount("created");
      JsonRecord pricing = r.child("pricing");
      return new Row(
          r.text("id"),
          r.optionalText("canonical_slug"),
          r.optionalText("hugging_face_id"),
          r.optionalText("name"),
          created == null
              ? null
              : LocalDate.ofInstant(Instant.ofEpochSecond(created), ZoneOffset.UTC),
          pricing == null ? null : price(pricing, "prompt"),
          pricing == null ? null : price(pricing, "completion"));
    }

    private static Double price(JsonRecord pricing, String field) {
      BigDecimal v = pricing.optionalDecimal(field);
      return v == null || v.signum() < 0 ? null : TokenPrice.perMillion(v);
    }

    void append(RowAppender out) {
      out.add(id).add(canonicalSlug).add(huggingFaceId).add(name).add(created);
      nullable(out, prompt);
      nullable(out, completion);
      out.endRow();
    }
  }
}
