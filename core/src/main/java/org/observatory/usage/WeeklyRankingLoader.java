package org.observatory.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads one OpenRouter weekly rankings file ({@code {date, models[{rank, slug, total_tokens,
 * ...}]}}, johnbean393/openrouter-inference-stats) into {@code usage_weekly}: one row per
 * model-week, the week being the file's {@code date}.
 */
public final class WeeklyRankingLoader implements DatasetLoader {
  static final String TABLE = "usage_weekly";

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    JsonDocument doc = JsonDocument.read(file, "models");
    if (doc.records() == null) {
      throw new BadInputException(
          file.name(), 1, "no 'models' list: not an OpenRouter weekly rankings file");
    }
    LocalDate week = week(doc, file.name());
    List<Row> rows = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (JsonRecord r : doc.records()) {
      Row row = Row.of(r.object());
      if (!slugs.add(row.slug)) {
        throw r.bad("the slug appears twice in the week's chart");
      }
      rows.add(row);
    }
    String source = file.path().getFileName().toString();
    sink.replaceSource(TABLE, source);
    RowAppender out = sink.rows(TABLE);
    for (Row row : rows) {
      row.append(out.add(source).add(week).add((long) rows.size()));
    }
    return new DatasetResult(rows.size(), rows.size(), 0, week, List.of());
  }

  private static LocalDate week(JsonDocument doc, String file) {
    JsonRecord top = new JsonRecord(file, "top level", -1, 1, doc.fields());
    LocalDate week = top.optionalDate("date");
    if (week == null) {
      throw new BadInputException(file, 1, "no 'date' (the week of the ranking)");
    }
    return week;
  }

  /** One model-week as read. */
  private record Row(
      Long rank,
      String slug,
      String name,
      long totalTokens,
      Long prompt,
      Long completion,
      Long reasoning,
      Long cached,
      Long requests,
      Double promptPrice,
      Double completionPrice,
      boolean free) {

    static Row of(JsonRecord r) {
      String slug = r.text("slug");
      return new Row(
          r.optionalCount("rank"),
          slug,
          r.optionalText("name"),
          r.count("total_tokens"),
          r.optionalCount("prompt_tokens"),
          r.optionalCount("completion_tokens"),
          r.optionalCount("reasoning_tokens"),
          r.optionalCount("cached_tokens"),
          r.optionalCount("request_count"),
          perMillion(r, "prompt_price"),
          perMillion(r, "completion_price"),
          r.flag("is_free", false) || slug.endsWith(":free"));
    }

    /** A USD-per-token price as USD per 1M tokens. */
    private static Double perMillion(JsonRecord r, String field) {
      java.math.BigDecimal v = r.optionalDecimal(field);
      if (v != null && v.signum() < 0) {
        throw r.bad("'" + field + "' is negative: " + v);
      }
      return v == null ? null : TokenPrice.perMillion(v);
    }

    void append(RowAppender out) {
      nullable(out, rank).add(slug).add(name).add(totalTokens);
      nullable(out, prompt);
      nullable(out, completion);
      nullable(out, reasoning);
      nullable(out, cached);
      nullable(out, requests);
      nullable(out, promptPrice);
      nullable(out, completionPrice);
      out.add(free).endRow();
    }
  }

  static RowAppender nullable(RowAppender out, Long v) {
    return v == null ? out.addNull() : out.add(v.longValue());
  }

  static RowAppender nullable(RowAppender out, Double v) {
    return v == null ? out.addNull() : out.add(v.doubleValue());
  }
}
