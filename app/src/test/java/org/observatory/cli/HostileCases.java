package org.observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.observatory.testing.HubRecords;
import org.observatory.testing.SharedData;

/**
 * The hostile inputs of issue 12, generated: every input format (Hub JSON, JSON Lines, CSV,
 * model-tree CSV, Parquet, each reference dataset; plain and gzip-compressed) crossed with the ways
 * real files go wrong (bytes that are not UTF-8 at the start, in the middle and past the first 64
 * KB, truncation, text after the end, two values on a line, records without or with unusable ids,
 * empty files, numbers beyond 64 bits or infinite, records past the size cap, gzip bombs), and the
 * careless commands (wrong paths, special files, a data file as the database, outputs over a
 * database). Each case says the exit code it must end with and what the message must name.
 */
final class HostileCases {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Stands for raw bytes in generated text (U+E000 encodes as EE 80 80). */
  private static final String RAW = "\uE000";

  private static final byte[] RAW_UTF8 = RAW.getBytes(StandardCharsets.UTF_8);

  /** Byte sequences that are not UTF-8: a stray byte, an encoded surrogate, an overlong '/'. */
  static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xC0, (byte) 0xAF});

  /**
   * One hostile case.
   *
   * @param name what it is, for the report
   * @param exit the exit code it must end with
   * @param setup writes the case's files into its folder (the first argument) and returns the
   *     command line ({@code {db}} stands for the seeded database, the second argument)
   * @param mustSay what stderr must contain (the file's name, the line, the reason)
   */
  record Case(
      String name, int exit, BiFunction<Path, Path, List<String>> setup, List<String> mustSay) {
    @Override
    public String toString() {
      return name;
    }
  }

  private final List<Case> cases = new ArrayList<>();

  /** The 30 real records, read once. */
  private static final java.util.function.Supplier<List<ObjectNode>> REAL =
      new java.util.function.Supplier<>() {
        private List<ObjectNode> read;

        @Override
        public synchronized List<ObjectNode> get() {
          if (read == null) {
            read = List.copyOf(HubRecords.apiShaped(30));
          }
          return read;
        }
      };

  static List<Case> all() {
    HostileCases h = new HostileCases();
    h.hubText();
    h.gzipped();
    h.parquet();
    h.datasets();
    h.commands();
    return h.cases;
  }

  private void add(
      String name, int exit, java.util.function.Function<Path, List<String>> setup, String... say) {
    cases.add(new Case(name, exit, (dir, seed) -> setup.apply(dir), List.of(say)));
  }

  private void addWithSeed(
      String name, int exit, BiFunction<Path, Path, List<String>> setup, String... say) {
    cases.add(new Case(name, exit, setup, List.of(say)));
  }

  // ---------------------------------------------------------------- Hub records, as text

  /** The four text shapes of Hub records; each record on its own line. */
  enum Shape {
    JSONL("hub_20250422.jsonl", 0),
    JSON("page_20250422.json", 1),
    CSV("export_20250422.csv", 1),
    TREE("tree_20250422.csv", 1);

    final String file;
    final int linesBefore;

    Shape(String file, int linesBefore) {
      this.file = file;
      this.linesBefore = linesBefore;
    }

    /** The line of the k-th (1-based) record. */
    int line(int k) {
      return k + linesBefore;
    }

    String text(List<ObjectNode> records) {
      switch (this) {
        case JSONL:
          {
            StringBuilder b = new StringBuilder();
            for (ObjectNode r : records) {
              b.append(compact(r)).append('\n');
            }
            return b.toString();
          }
        case JSON:
          {
            List<String> rows = new ArrayList<>();
            for (ObjectNode r : records) {
              rows.add(compact(r));
            }
            return "[\n" + String.join(",\n", rows) + "\n]\n";
          }
        case CSV:
          return csv(
              List.of("id", "author", "downloads", "likes", "created_at"),
              records.stream()
                  .map(
                      r ->
                          List.of(
                              r.path("id").asText(""),
                              r.path("author").asText(""),
                              r.path("downloads").asText(""),
                              r.path("likes").asText(""),
                              r.path("createdAt").asText("")))
                  .toList());
        default:
          return csv(
              List.of(
                  "model_id", "metadata", "depth", "children", "adapters", "quantized", "merges"),
              records.stream()
                  .map(
                      r ->
                          List.of(r.path("id").asText(""), compact(r), "0", "[]", "[]", "[]", "[]"))
                  .toList());
      }
    }
  }

  /** {@code n} real Hub records (cycling the 30 of HubRecords, ids made unique). */
  static List<ObjectNode> records(int n) {
    List<ObjectNode> real = REAL.get();
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObjectNode r = real.get(i % real.size()).deepCopy();
      if (i >= real.size()) {
        r.put("id", r.get("id").asText() + "-copy" + i);
      }
      out.add(r);
    }
    return out;
  }

  private void hubText() {
    for (Shape s : Shape.values()) {
      String fmt = s.name().toLowerCase();
      for (byte[] bad : NOT_UTF8) {
        String hex = hex(bad);
        add(
            fmt + ": bytes " + hex + " (not UTF-8) in record 3",
            3,
            d -> {
              List<ObjectNode> rs = records(5);
              rs.get(2).put("author", "bigscience" + RAW);
              return ingest(d, s.file, raw(s.text(rs), bad));
            },
            s.file,
            "line " + s.line(3),
            "not UTF-8");
      }
      add(
          fmt + ": byte FF in the first byte",
          3,
          d -> ingest(d, s.file, concat(new byte[] {(byte) 0xFF}, utf8(s.text(records(3))))),
          s.file);
      int far = s == Shape.CSV ? 1_200 : 150;
      add(
          fmt + ": byte FF past the first 64 KB (record " + far + ")",
          3,
          d -> {
            List<ObjectNode> rs = records(far + 10);
            rs.get(far - 1).put("author", "late" + RAW);
            byte[] text = raw(s.text(rs), new byte[] {(byte) 0xFF});
            if (indexOf(text, (byte) 0xFF) < 65_536) {
              throw new IllegalStateException("the bad byte must come after 64 KB");
            }
            return ingest(d, s.file, text);
          },
          s.file,
          "line " + s.line(far),
          "not UTF-8");
      add(
          fmt + ": cut in the middle of the last record",
          3,
          d -> {
            String text = s.text(records(6));
            String last = text.lines().toList().get(s.line(6) - 1);
            int start = text.lastIndexOf(last);
            return ingest(d, s.file, utf8(text.substring(0, start + last.length() / 2)));
          },
          s.file,
          "line ");
      add(
          fmt + ": record 2 without an id",
          3,
          d -> {
            List<ObjectNode> rs = records(4);
            rs.get(1).remove("id");
            rs.get(1).remove("modelId");
            return ingest(d, s.file, utf8(s.text(rs)));
          },
          s.file,
          "line " + s.line(2),
          "no model id");
      for (String id : List.of("x/..", "x/.", "org/..hidden", "a/b/c")) {
        add(
            fmt + ": record 2 with the id '" + id + "'",
            3,
            d -> {
              List<ObjectNode> rs = records(4);
              rs.get(1).put("id", id);
              rs.get(1).remove("modelId");
              return ingest(d, s.file, utf8(s.text(rs)));
            },
            s.file,
            "line " + s.line(2),
            "not a Hub id");
      }
      add(fmt + ": an empty file", 3, d -> ingest(d, s.file, new byte[0]), s.file, "empty");
      add(
          fmt + ": no records",
          3,
          d ->
              ingest(
                  d,
                  s.file,
                  utf8(
                      s == Shape.JSON
                          ? "[]\n"
                          : s == Shape.JSONL
                              ? "\n \n"
                              : s.text(List.of()).lines().findFirst().orElseThrow() + "\n")),
          s.file);
      add(
          fmt + ": record 2 longer than --max-record-mb 1",
          3,
          d -> {
            List<ObjectNode> rs = records(4);
            rs.get(1).put("author", "a".repeat(1_500_000));
            return ingest(d, s.file, utf8(s.text(rs)), "--max-record-mb", "1");
          },
          s.file,
          "longer than 1 MB");
      add(
          fmt + ": NUL bytes",
          3,
          d -> ingest(d, s.file, concat(utf8(s.text(records(2))), new byte[] {0, 0, 0, 0})),
          s.file);
    }
    jsonSpecific();
    csvSpecific();
  }

  private void jsonSpecific() {
    String jl = Shape.JSONL.file;
    add(
        "jsonl: two objects on line 2",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.JSONL.text(records(4)).lines().toList());
          lines.set(1, lines.get(1) + lines.get(2).replace("\"id\":\"", "\"id\":\"x"));
          return ingest(d, jl, utf8(String.join("\n", lines) + "\n"));
        },
        jl,
        "line 2",
        "more than one JSON value");
    for (String tail : List.of(" garbage", " 42", " []", ",")) {
      add(
          "jsonl: '" + tail + "' after the object on line 3",
          3,
          d -> {
            List<String> lines = new ArrayList<>(Shape.JSONL.text(records(4)).lines().toList());
            lines.set(2, lines.get(2) + tail);
            return ingest(d, jl, utf8(String.join("\n", lines) + "\n"));
          },
          jl,
          "line 3");
    }
    add(
        "jsonl: an array on line 2",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.JSONL.text(records(4)).lines().toList());
          lines.set(1, "[" + lines.get(1) + "]");
          return ingest(d, jl, utf8(String.join("\n", lines) + "\n"));
        },
        jl,
        "line 2",
        "not a JSON object");
    add(
        "jsonl: nesting 5,000 deep on line 2",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.JSONL.text(records(3)).lines().toList());
          lines.set(1, "{\"id\":\"a/b\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
          return ingest(d, jl, utf8(String.join("\n", lines) + "\n"));
        },
        jl,
        "line 2");
    add(
        "jsonl: a 5,000-digit number on line 2",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.JSONL.text(records(3)).lines().toList());
          lines.set(1, "{\"id\":\"a/b\",\"downloads\":" + "9".repeat(5000) + "}");
          return ingest(d, jl, utf8(String.join("\n", lines) + "\n"));
        },
        jl,
        "line 2");
    add(
        "jsonl read as --format hub-json: every record or none",
        3,
        d -> {
          List<ObjectNode> rs = records(4);
          rs.get(3).put("id", "x/..");
          return ingest(d, jl, utf8(Shape.JSONL.text(rs)), "--format", "hub-json");
        },
        jl,
        "not a Hub id");
    String js = Shape.JSON.file;
    for (String[] tail :
        new String[][] {
          {"[{\"id\":\"acme/late\"}]", "after the end of the JSON array"},
          {"{\"id\":\"acme/late\"}", "after the end of the JSON array"},
          {"garbage", "invalid JSON"},
          {"]", "invalid JSON"}
        }) {
      add(
          "json: '" + tail[0] + "' after the array",
          3,
          d -> ingest(d, js, utf8(Shape.JSON.text(records(3)) + tail[0] + "\n")),
          js,
          "line 6",
          tail[1]);
    }
    add(
        "json: the array not closed",
        3,
        d -> {
          String t = Shape.JSON.text(records(3));
          return ingest(d, js, utf8(t.substring(0, t.lastIndexOf(']'))));
        },
        js,
        "truncated JSON");
    add(
        "json: one object, then garbage",
        3,
        d -> ingest(d, js, utf8(compact(records(1).get(0)) + "\n}garbage\n")),
        js,
        "line 2");
    add(
        "json: nesting 5,000 deep in record 2",
        3,
        d ->
            ingest(
                d,
                js,
                utf8(
                    "[\n"
                        + compact(records(1).get(0))
                        + ",\n{\"id\":\"a/b\",\"x\":"
                        + "[".repeat(5000)
                        + "]".repeat(5000)
                        + "}\n]\n")),
        js,
        "line 3");
  }

  private void csvSpecific() {
    String c = Shape.CSV.file;
    add(
        "csv: the header names 'id' twice",
        3,
        d -> ingest(d, c, utf8("id,author,id\nacme/a,acme,acme/b\n")),
        c,
        "line 1",
        "'id' twice");
    add(
        "csv: an unterminated quote in row 3",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.CSV.text(records(5)).lines().toList());
          lines.set(3, lines.get(3) + ",\"open");
          return ingest(d, c, utf8(String.join("\n", lines) + "\n"));
        },
        c);
    add(
        "csv: row 2 has too many columns",
        3,
        d -> {
          List<String> lines = new ArrayList<>(Shape.CSV.text(records(4)).lines().toList());
          lines.set(2, lines.get(2) + ",extra");
          return ingest(d, c, utf8(String.join("\n", lines) + "\n"));
        },
        c,
        "line 3",
        "columns");
    add(
        "csv: --map names a column the header lacks",
        3,
        d -> ingest(d, c, utf8(Shape.CSV.text(records(2))), "--map", "id=repo_id"),
        c,
        "line 1",
        "repo_id");
    String t = Shape.TREE.file;
    add(
        "tree csv: no metadata column",
        3,
        d ->
            ingest(
                d, t, utf8("model_id,depth,children\nacme/a,0,[]\n"), "--format", "model-tree-csv"),
        t,
        "metadata");
  }

  // ---------------------------------------------------------------- gzip

  private void gzipped() {
    for (Shape s : List.of(Shape.JSONL, Shape.JSON, Shape.CSV)) {
      String fmt = s.name().toLowerCase() + ".gz";
      String file = s.file + ".gz";
      add(
          fmt + ": byte FF in record 3",
          3,
          d -> {
            List<ObjectNode> rs = records(5);
            rs.get(2).put("author", "x" + RAW);
            return ingest(d, file, gzip(raw(s.text(rs), new byte[] {(byte) 0xFF})));
          },
          file,
          "line " + s.line(3),
          "not UTF-8");
      add(
          fmt + ": byte FF past 64 KB of text",
          3,
          d -> {
            List<ObjectNode> rs = records(s == Shape.CSV ? 1_300 : 160);
            rs.get(rs.size() - 5).put("author", "x" + RAW);
            return ingest(d, file, gzip(raw(s.text(rs), new byte[] {(byte) 0xFF})));
          },
          file,
          "not UTF-8");
      add(
          fmt + ": the compressed stream cut short",
          3,
          d -> {
            byte[] z = gzip(utf8(s.text(records(30))));
            return ingest(d, file, Arrays.copyOf(z, z.length / 2));
          },
          file);
      add(fmt + ": nothing compressed", 3, d -> ingest(d, file, gzip(new byte[0])), file);
      add(
          fmt + ": no records",
          3,
          d ->
              ingest(
                  d,
                  file,
                  gzip(
                      utf8(
                          s == Shape.JSON
                              ? "[]"
                              : s == Shape.JSONL
                                  ? "\n"
                                  : "id,author,downloads,likes,created_at\n"))),
          file);
      add(
          fmt + ": a bomb (one 40 MB record, --max-record-mb 2)",
          3,
          d -> {
            String huge = "a".repeat(40 << 20);
            String text =
                s == Shape.CSV
                    ? "id,author\nacme/a," + huge + "\n"
                    : s == Shape.JSON
                        ? "[{\"id\":\"acme/a\",\"author\":\"" + huge + "\"}]"
                        : "{\"id\":\"acme/a\",\"author\":\"" + huge + "\"}\n";
            return ingest(d, file, gzip(utf8(text)), "--max-record-mb", "2");
          },
          file,
          "longer than 2 MB");
    }
  }

  // ---------------------------------------------------------------- Parquet

  private void parquet() {
    String p = "hub_20250422.parquet";
    add(
        "parquet: not Parquet at all (--format hub-parquet)",
        3,
        d -> ingest(d, p, utf8(Shape.JSONL.text(records(2))), "--format", "hub-parquet"),
        p,
        "not a Parquet file");
    add(
        "parquet: cut short",
        3,
        d -> {
          byte[] whole = ParquetFiles.hub(d.resolve("whole.parquet"), 50);
          return ingest(d, p, Arrays.copyOf(whole, whole.length - 100));
        },
        p);
    add(
        "parquet: gzip-compressed",
        3,
        d -> ingest(d, p, gzip(ParquetFiles.hub(d.resolve("whole.parquet"), 5))),
        p,
        "gzip");
    add(
        "parquet: no rows",
        3,
        d -> ingest(d, p, ParquetFiles.hub(d.resolve("whole.parquet"), 0)),
        p,
        "no records");
    add(
        "parquet: the id column is a BLOB",
        3,
        d -> ingest(d, p, ParquetFiles.of(d.resolve("whole.parquet"), "blob_ids")),
        p,
        "no model id");
    add(
        "parquet: no id column",
        3,
        d -> ingest(d, p, ParquetFiles.of(d.resolve("whole.parquet"), "no_id")),
        p,
        "no model id column");
  }

  // ---------------------------------------------------------------- reference datasets

  private void datasets() {
    for (boolean gz : new boolean[] {false, true}) {
      weekly(gz);
      modelsApi(gz);
      prices(gz);
      usageCsv(gz);
      eosai(gz);
      mof(gz);
      epoch(gz);
      spdx(gz);
    }
  }

  private void dataset(
      boolean gz, String kind, String file, String what, String text, String... mustSay) {
    dataset(gz, kind, file, what, utf8(text), List.of(), mustSay);
  }

  /** A dataset file without records, read as its format (it cannot be told from its content). */
  private void emptyDataset(boolean gz, String kind, String file, String text) {
    dataset(gz, kind, file, "no records", utf8(text), List.of("--format", kind), "no records");
  }

  private void dataset(
      boolean gz,
      String kind,
      String file,
      String what,
      byte[] bytes,
      List<String> options,
      String... mustSay) {
    String name = gz ? file + ".gz" : file;
    List<String> say = new ArrayList<>(List.of(name));
    say.addAll(List.of(mustSay));
    add(
        kind + (gz ? ".gz" : "") + ": " + what,
        3,
        d -> ingest(d, name, gz ? gzip(bytes) : bytes, options.toArray(String[]::new)),
        say.toArray(String[]::new));
  }

  private void weekly(boolean gz) {
    String real = read("openrouter-weekly-top-models/2025-11-16.json");
    String f = "2025-11-16.json";
    String k = "openrouter-weekly";
    String firstTokens = "\"total_tokens\": 604216362239";
    dataset(
        gz,
        k,
        f,
        "total_tokens 1e400",
        real.replace(firstTokens, "\"total_tokens\": 1e400"),
        "line 4",
        "models[0]");
    dataset(
        gz,
        k,
        f,
        "total_tokens beyond 64 bits",
        real.replace(firstTokens, "\"total_tokens\": 18446744073709551621"),
        "line 4",
        "out of range");
    dataset(
        gz,
        k,
        f,
        "total_tokens negative",
        real.replace(firstTokens, "\"total_tokens\": -5"),
        "line 4");
    dataset(
        gz,
        k,
        f,
        "total_tokens as text",
        real.replace(firstTokens, "\"total_tokens\": \"many\""),
        "line 4",
        "not a number");
    dataset(
        gz,
        k,
        f,
        "a price of 1e400",
        real.replaceFirst("\"prompt_price\": [0-9.e-]+", "\"prompt_price\": 1e400"),
        "line 4");
    dataset(
        gz,
        k,
        f,
        "a model without a slug",
        real.replaceFirst("\"slug\": \"anthropic/claude-4.5-sonnet-20250929\",", ""),
        "line 4",
        "slug");
    dataset(
        gz,
        k,
        f,
        "a lone surrogate in a slug",
        real.replace("anthropic/claude-4.5-sonnet-20250929", "anthropic/\\ud800claude"),
        "line 4",
        "surrogate");
    emptyDataset(gz, k, f, "{\"date\": \"2025-11-16\", \"models\": []}\n");
    dataset(
        gz,
        k,
        f,
        "text after the object",
        real + "{\"date\": \"2025-11-23\"}\n",
        "after the top-level object");
    dataset(gz, k, f, "cut short", real.substring(0, real.length() / 2), "invalid JSON");
    dataset(
        gz,
        k,
        f,
        "byte FF in a name",
        raw(
            real.replace("Anthropic: Claude Sonnet 4.5", "Anthropic" + RAW),
            new byte[] {(byte) 0xFF}),
        List.of(),
        "line 7",
        "not UTF-8");
    dataset(
        gz,
        k,
        f,
        "a name past --max-record-mb 1",
        utf8(real.replace("Anthropic: Claude Sonnet 4.5", "n".repeat(1_200_000))),
        List.of("--max-record-mb", "1"),
        "1 MB");
  }

  private void modelsApi(boolean gz) {
    ObjectNode doc;
    try {
      doc = (ObjectNode) JSON.readTree(read("openrouter-models-api/openrouter_models_all.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ArrayNode data = (ArrayNode) doc.get("data");
    while (data.size() > 4) {
      data.remove(data.size() - 1);
    }
    String real = doc.toPrettyString();
    String f = "openrouter_models_all.json";
    String k = "openrouter-models";
    String first = data.get(0).get("id").asText();
    dataset(
        gz,
        k,
        f,
        "a price of 1e400",
        real.replaceFirst("\"prompt\" : \"[^\"]*\"", "\"prompt\" : \"1e400\""),
        "data[0]");
    emptyDataset(gz, k, f, "{\"data\": []}\n");
    dataset(gz, k, f, "cut short", real.substring(0, real.length() / 2), "invalid JSON");
    dataset(gz, k, f, "text after the object", real + "\n[]\n", "after the top-level object");
    dataset(
        gz,
        k,
        f,
        "byte FF in an id",
        raw(real.replace("\"" + first + "\"", "\"" + first + RAW + "\""), new byte[] {(byte) 0xFF}),
        List.of(),
        "not UTF-8");
    dataset(
        gz,
        k,
        f,
        "a lone surrogate in an id",
        real.replace("\"" + first + "\"", "\"\\udc00" + first + "\""),
        "surrogate");
  }

  private void prices(boolean gz) {
    String real = read("llm-prices-simonw/deepseek.json");
    String f = "deepseek.json";
    String k = "llm-prices";
    dataset(
        gz,
        k,
        f,
        "an input price of 1e400",
        real.replaceFirst("\"input\": [0-9.]+", "\"input\": 1e400"),
        "line 4");
    dataset(
        gz,
        k,
        f,
        "an input price as text",
        real.replaceFirst("\"input\": [0-9.]+", "\"input\": \"cheap\""),
        "line 4");
    dataset(
        gz,
        k,
        f,
        "price_history not a list",
        real.replaceFirst("\"price_history\": \\[", "\"price_history\": \"none\", \"unused\": ["),
        "price_history");
    emptyDataset(gz, k, f, "{\"vendor\": \"deepseek\", \"models\": []}\n");
    dataset(gz, k, f, "cut short", real.substring(0, real.length() / 2), "invalid JSON");
    dataset(
        gz,
        k,
        f,
        "byte FF in a name",
        raw(
            real.replaceFirst("\"DeepSeek-V4-Flash\"", "\"DeepSeek" + RAW + "\""),
            new byte[] {(byte) 0xFF}),
        List.of(),
        "not UTF-8");
  }

  private void usageCsv(boolean gz) {
    String header = "date,model,tokens,requests\n";
    String good = "2025-11-16,deepseek/deepseek-v3.2,1000,10\n2025-11-16,other,500,5\n";
    String f = "usage_daily.csv";
    String k = "usage-csv";
    dataset(
        gz,
        k,
        f,
        "tokens beyond 64 bits",
        header + good + "2025-11-16,x-ai/grok,18446744073709551621,1\n",
        "line 4",
        "tokens");
    dataset(gz, k, f, "tokens 1e400", header + good + "2025-11-16,x-ai/grok,1e400,1\n", "line 4");
    dataset(gz, k, f, "tokens negative", header + good + "2025-11-16,x-ai/grok,-1,1\n", "line 4");
    dataset(
        gz,
        k,
        f,
        "a date that is not one",
        header + "2025-13-45,x-ai/grok,1,1\n" + good,
        "line 2",
        "date");
    dataset(gz, k, f, "the header only", header, "no records");
    dataset(
        gz,
        k,
        f,
        "byte FF in a model",
        raw(header + good.replace("other", "oth" + RAW), new byte[] {(byte) 0xFF}),
        List.of(),
        "line 3",
        "not UTF-8");
  }

  private void eosai(boolean gz) {
    String real = read("eosai-index/bloomz.yaml");
    String f = "bloomz.yaml";
    String k = "eosai";
    dataset(
        gz,
        k,
        f,
        "an unknown openness class",
        real.replaceFirst("class: open", "class: opne"),
        "opne");
    dataset(gz, k, f, "broken YAML", real.replaceFirst("system:\n", "system:\n  - [unclosed\n"));
    dataset(
        gz,
        k,
        f,
        "byte FF in a note",
        raw(real.replaceFirst("Large open multilingual", "Large" + RAW), new byte[] {(byte) 0xFF}),
        List.of(),
        "line " + lineOf(real, "Large open multilingual"),
        "not UTF-8");
    dataset(
        gz,
        k,
        f,
        "a file past --max-record-mb 1",
        utf8(real.replaceFirst("notes: Large", "notes: " + "x".repeat(1_200_000))),
        List.of("--max-record-mb", "1", "--format", "eosai"),
        "1 MB");
  }

  private void mof(boolean gz) {
    String real = read("mof-model-openness-tool/models/Amber.yml");
    String f = "Amber.yml";
    String k = "mof";
    dataset(
        gz,
        k,
        f,
        "components not a list",
        real.replaceFirst("  components:\n", "  components: none\n  unused:\n"));
    dataset(gz, k, f, "broken YAML", real.replaceFirst("release:\n", "release:\n  - [unclosed\n"));
    dataset(
        gz,
        k,
        f,
        "byte FF in a name",
        raw(real.replaceFirst("name: Amber", "name: Amb" + RAW), new byte[] {(byte) 0xFF}),
        List.of(),
        "not UTF-8");
  }

  private void epoch(boolean gz) {
    String slice = epochSlice(false);
    String f = "frontier_ai_models.csv";
    String k = "epoch";
    List<String> lines = slice.lines().toList();
    dataset(
        gz,
        k,
        f,
        "byte FF in a model name",
        raw(slice.replaceFirst("\n([A-Za-z])", "\n" + RAW + "$1"), new byte[] {(byte) 0xFF}),
        List.of(),
        "not UTF-8");
    dataset(gz, k, f, "a publication date that is not one", epochSlice(true), "2025-99-99");
    dataset(gz, k, f, "a row with an unterminated quote", String.join("\n", lines) + "\n\"open,\n");
  }

  /** The SPDX License List (fetch licenses), a two-license slice of its real shape. */
  private void spdx(boolean gz) {
    String real =
        "{\n  \"licenseListVersion\": \"3.27\",\n  \"licenses\": [\n"
            + "    {\"licenseId\": \"MIT\", \"name\": \"MIT License\", \"isOsiApproved\": true},\n"
            + "    {\"licenseId\": \"BUSL-1.1\", \"name\": \"Business Source License 1.1\","
            + " \"isOsiApproved\": false}\n  ],\n  \"releaseDate\": \"2025-07-01\"\n}\n";
    String f = "licenses.json";
    String k = "spdx-licenses";
    dataset(
        gz,
        k,
        f,
        "isOsiApproved not true or false",
        real.replace("\"isOsiApproved\": false", "\"isOsiApproved\": \"no\""),
        "licenses[1]");
    dataset(gz, k, f, "a second document after the first", real + "{\"licenses\": []}\n", "line");
    dataset(gz, k, f, "cut off inside the list", real.substring(0, real.indexOf("BUSL")), "line");
    dataset(
        gz,
        k,
        f,
        "byte FF in a name",
        raw(real.replace("MIT License", "MIT Lic" + RAW), new byte[] {(byte) 0xFF}),
        List.of(),
        "not UTF-8");
    dataset(
        gz,
        k,
        f,
        "a release date that is not one",
        real.replace("2025-07-01", "2025-13-45"),
        "releaseDate");
  }

  /**
   * The header and first 20 rows of Epoch AI's frontier models, as Commons CSV writes them; with
   * {@code badDate}, row 3's publication date is 2025-99-99.
   */
  private static String epochSlice(boolean badDate) {
    try (var in = Files.newBufferedReader(SharedData.raw("epoch-ai/frontier_ai_models.csv"))) {
      var parser =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (rows.size() == 20) {
          break;
        }
        List<String> row = new ArrayList<>(r.toList());
        if (badDate && rows.size() == 2) {
          row.set(parser.getHeaderNames().indexOf("Publication date"), "2025-99-99");
        }
        rows.add(row);
      }
      return csv(parser.getHeaderNames(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- careless commands

  private void commands() {
    String jl = Shape.JSONL.file;
    add(
        "ingest --max-bad -1",
        2,
        d -> ingest(d, jl, utf8(Shape.JSONL.text(records(2))), "--max-bad", "-1"),
        "--max-bad");
    add(
        "ingest --max-record-mb 0",
        2,
        d -> ingest(d, jl, utf8(Shape.JSONL.text(records(2))), "--max-record-mb", "0"),
        "--max-record-mb");
    add(
        "ingest --format nonsense",
        2,
        d -> ingest(d, jl, utf8(Shape.JSONL.text(records(2))), "--format", "nonsense"),
        "nonsense");
    add(
        "ingest --snapshot 2025-13-01",
        2,
        d -> ingest(d, jl, utf8(Shape.JSONL.text(records(2))), "--snapshot", "2025-13-01"),
        "2025-13-01");
    add(
        "ingest --map without '='",
        2,
        d -> ingest(d, jl, utf8(Shape.JSONL.text(records(2))), "--map", "idrepo"),
        "--map");
    add(
        "ingest of a path that does not exist",
        3,
        d -> List.of("ingest", "--db", "{db}", d.resolve("missing_20250422.jsonl").toString()),
        "missing_20250422.jsonl",
        "no such file");
    add(
        "ingest of a named pipe (FIFO)",
        3,
        d -> {
          Path fifo = d.resolve("pipe_20250422.jsonl");
          mkfifo(fifo);
          return List.of("ingest", "--db", "{db}", fifo.toString());
        },
        "pipe_20250422.jsonl",
        "named pipe");
    add(
        "ingest of a link to /dev/zero",
        3,
        d -> {
          Path link = d.resolve("zero_20250422.jsonl");
          symlink(link, Path.of("/dev/zero"));
          return List.of("ingest", "--db", "{db}", link.toString());
        },
        "zero_20250422.jsonl",
        "character device");
    add(
        "ingest of a dangling link",
        3,
        d -> {
          Path link = d.resolve("gone_20250422.jsonl");
          symlink(link, d.resolve("nothing-here"));
          return List.of("ingest", "--db", "{db}", link.toString());
        },
        "gone_20250422.jsonl",
        "missing file");
    add(
        "ingest of an empty folder",
        3,
        d -> {
          Path folder = d.resolve("empty-folder");
          mkdirs(folder);
          return List.of("ingest", "--db", "{db}", "--snapshot", "2025-04-22", folder.toString());
        },
        "empty-folder",
        "no input files");
    add(
        "a file name with control characters",
        3,
        d -> {
          String name = "evil\u001b[2J\rname_20250422.jsonl";
          write(d.resolve(name), utf8("{\"id\":\"x/..\"}\n"));
          return List.of("ingest", "--db", "{db}", d.resolve(name).toString());
        },
        "evil\\x1b[2J\\rname_20250422.jsonl");
    for (String[] data :
        new String[][] {
          {"models.json", "[{\"id\":\"acme/a\"}]", "JSON"},
          {"models.jsonl", "{\"id\":\"acme/a\"}\n", "JSON"},
          {"models.csv", "id,author\nacme/a,acme\n", "text"},
          {"db.sqlite", "SQLite format 3\u0000" + "x".repeat(100), "SQLite"},
          {"empty.duckdb", "", "empty"}
        }) {
      add(
          "ingest --db naming " + data[0],
          2,
          d -> {
            Path fake = write(d.resolve(data[0]), utf8(data[1]));
            return List.of(
                "ingest",
                "--db",
                fake.toString(),
                "--snapshot",
                "2025-04-22",
                write(d.resolve("in.jsonl"), utf8(Shape.JSONL.text(records(2)))).toString());
          },
          data[0],
          data[2]);
      add(
          "report --db naming " + data[0],
          2,
          d -> {
            Path fake = write(d.resolve(data[0]), utf8(data[1]));
            return List.of("report", "--db", fake.toString());
          },
          data[0],
          data[2]);
    }
    add(
        "ingest --db naming a folder",
        2,
        d -> {
          mkdirs(d.resolve("dbdir"));
          return List.of(
              "ingest",
              "--db",
              d.resolve("dbdir").toString(),
              "--snapshot",
              "2025-04-22",
              write(d.resolve("in.jsonl"), utf8(Shape.JSONL.text(records(2)))).toString());
        },
        "dbdir",
        "folder");
    add(
        "report --db that does not exist",
        2,
        d -> List.of("report", "--db", d.resolve("none.duckdb").toString()),
        "none.duckdb");
    add(
        "snapshots --db that does not exist",
        2,
        d -> List.of("snapshots", "--db", d.resolve("none.duckdb").toString()),
        "none.duckdb");
    add(
        "report --out naming the database it reads",
        2,
        d -> List.of("report", "--db", "{db}", "--out", "{db}"),
        "--force");
    addWithSeed(
        "report --format json --out naming another database",
        2,
        (d, seed) -> {
          Path other = d.resolve("other.duckdb");
          copy(seed, other);
          return List.of("report", "--db", "{db}", "--format", "json", "--out", other.toString());
        },
        "other.duckdb",
        "--force");
    add(
        "generate hub --out naming the database",
        2,
        d -> List.of("generate", "hub", "--models", "10", "--out", "{db}"),
        "--force");
    addWithSeed(
        "demo --out a folder holding a database",
        2,
        (d, seed) -> {
          copy(seed, d.resolve("observatory.duckdb"));
          return List.of("demo", "--out", d.toString());
        },
        "observatory.duckdb",
        "fresh");
    add(
        "delete without --yes and no terminal",
        2,
        d -> List.of("delete", "--db", "{db}", "--snapshot", "2025-04-22"),
        "--yes");
    add(
        "delete --snapshot that is not stored",
        2,
        d -> List.of("delete", "--db", "{db}", "--snapshot", "1999-01-01", "--yes"),
        "1999-01-01");
    add(
        "delete --dataset that is not stored",
        2,
        d -> List.of("delete", "--db", "{db}", "--dataset", "nothing.json", "--yes"),
        "nothing.json");
    add(
        "delete --db that does not exist",
        2,
        d ->
            List.of(
                "delete",
                "--db",
                d.resolve("none.duckdb").toString(),
                "--snapshot",
                "2025-04-22",
                "--yes"),
        "none.duckdb");
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> ingest(Path dir, String file, byte[] bytes, String... options) {
    Path f = write(dir.resolve(file), bytes);
    List<String> args = new ArrayList<>(List.of("ingest", "--db", "{db}"));
    args.addAll(List.of(options));
    args.add(f.toString());
    return args;
  }

  static Path write(Path f, byte[] bytes) {
    try {
      Files.createDirectories(f.getParent());
      return Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path d) {
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void symlink(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkfifo(Path fifo) {
    try {
      Files.createDirectories(fifo.getParent());
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("mkfifo failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String read(String raw) {
    try {
      return Files.readString(SharedData.raw(raw));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String compact(ObjectNode r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first occurrence of {@code needle}. */
  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("no " + needle);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String csv(List<String> header, List<List<String>> rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The text as UTF-8 with each {@link #RAW} marker replaced by {@code bytes}. */
  static byte[] raw(String text, byte[] bytes) {
    byte[] t = utf8(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream(t.length);
    for (int i = 0; i < t.length; i++) {
      if (i + 2 < t.length
          && t[i] == RAW_UTF8[0]
          && t[i + 1] == RAW_UTF8[1]
          && t[i + 2] == RAW_UTF8[2]) {
        out.write(bytes, 0, bytes.length);
        i += 2;
      } else {
        out.write(t[i]);
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int indexOf(byte[] a, byte b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xff));
    }
    return s.toString();
  }
}
