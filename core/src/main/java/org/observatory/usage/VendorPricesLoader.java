package org.observatory.usage;

import static org.observatory.usage.WeeklyRankingLoader.nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads one vendor file of llm-prices.com (Simon Willison's {@code simonw/llm-prices}: {@code
 * {vendor, models[{id, name, price_history[{input, output, input_cached, from_date, to_date}]}]}},
 * USD per 1M tokens) into {@code usage_vendor_prices}, one row per price period.
 */
public final class VendorPricesLoader implements DatasetLoader {
  static final String TABLE = "usage_vendor_prices";

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    JsonDocument doc = JsonDocument.read(file, "models");
    if (doc.records() == null) {
      throw new BadInputException(
          file.name(), 1, "no 'models' list: not an llm-prices vendor file");
    }
    String vendor = new JsonRecord(file.name(), "top level", -1, 1, doc.fields()).text("vendor");
    List<Period> periods = new ArrayList<>();
    for (JsonRecord model : doc.records()) {
      model.object();
      String id = model.text("id");
      String name = model.optionalText("name");
      List<JsonRecord> history = model.list("price_history");
      if (history == null || history.isEmpty()) {
        throw model.bad("no 'price_history' list");
      }
      for (JsonRecord p : history) {
        Period period = Period.of(id, name, p.object());
        periods.add(period);
      }
    }
    String source = file.path().getFileName().toString();
    sink.replaceSource(TABLE, source);
    RowAppender out = sink.rows(TABLE);
    for (Period p : periods) {
      p.append(out.add(source).add(vendor));
    }
    return new DatasetResult(doc.records().size(), doc.records().size(), 0, null, List.of());
  }

  private record Period(
      String id,
      String name,
      double input,
      double output,
      Double cached,
      LocalDate from,
      LocalDate to) {

    static Period of(String id, String name, JsonRecord p) {
      LocalDate from = p.optionalDate("from_date");
      LocalDate to = p.optionalDate("to_date");
      if (from != null && to != null && !to.isAfter(from)) {
        throw p.bad("to_date " + to + " is not after from_date " + from);
      }
      return new Period(
          id,
          name,
          price(p, "input", true),
          price(p, "output", true),
          price(p, "input_cached", false),
          from,
          to);
    }

    private static Double price(JsonRecord p, String field, boolean required) {
      BigDecimal v = p.optionalDecimal(field);
      if (v == null) {
        if (required) {
          throw p.bad("no '" + field + "' price");
        }
        return null;
      }
      if (v.signum() < 0) {
        throw p.bad("'" + field + "' is negative: " + v);
      }
      return v.doubleValue();
    }

    void append(RowAppender out) {
      out.add(id).add(name).add(input).add(output);
      nullable(out, cached);
      out.add(from).add(to).endRow();
    }
  }
}
