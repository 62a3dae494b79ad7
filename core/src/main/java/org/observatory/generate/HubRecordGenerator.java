package org.observatory.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.observatory.generate.HubUniverse.Shape;

/**
 * Writes synthetic Hub API model objects as JSON Lines whose statistics follow real Hub data,
 * deterministically for a seed: the same seed and count give a byte-identical file. Records are
 * streamed, never held: everything about record {@code i} comes from a random source seeded by
 * (seed, i), so a parent's id is recomputed from its index.
 *
 * <p>The distributions are fitted to {@code ../shared/data/raw} by {@code
 * scripts/fit_generator_profile.py} into the resource {@code generate/hub-profile.json}, which
 * names the source of every number: 30-day downloads (share of zeros, quantiles, Pareto tail) and
 * models per author (a Zipf draw fitted to the share of single-model authors and the authors per
 * model) from Liang 2022; the 7 major organisations with their real names, model counts, licenses
 * and downloads from the Oct 2025 major-org file; relation mix, depth (a derivative's parent is one
 * level up), licenses and missing pipeline_tag/library_name from the 2025 model trees; monthly
 * growth of model counts (Liang) and of the same models' downloads (KBLab). Adapters pile on few
 * parents, quantized models are rarely parents, a merge names two. Dirt at the profile's rates:
 * derivatives whose only base_model is in the card and is a placeholder, the model itself, or a "-
 * "/URL-prefixed id; parents absent from the file. Numbers the data do not hold (the share of
 * derivatives, how rarely quantized models are parents, placeholder rates) are marked "assumed" in
 * the profile.
 *
 * <p>Shape (camelCase, as {@code /api/models} returns it): {@code _id, id, author, createdAt,
 * lastModified, downloads, likes, private, pipeline_tag, library_name, tags, modelId}, on some
 * records {@code cardData} with {@code license} and {@code base_model}, and on the fitted share of
 * records a parameter count ({@code safetensors} with {@code total}, or {@code gguf.total} for a
 * GGUF repository; a derivative mostly has its parent's). Record {@code i} of a run of {@code n} is
 * created at a time growing exponentially (the fitted monthly rate) up to the snapshot date; a
 * dated series ({@link #writeSeries}) writes the models created by each date, the same ids in every
 * file, with downloads, likes and lastModified as of that date.
 */
public final class HubRecordGenerator {
  /** The snapshot date of {@link #write(Path, long)}. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 10, 1);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'.000Z'").withZone(ZoneOffset.UTC);
  private static final String[] PLACEHOLDERS = {"ORIGINAL_REPO_NAME", "None", "base_model", "N/A"};
  private static final long DAY = 86_400;

  /** The random streams of a record's parameter count (days, the other streams, are >= 0). */
  private static final long PARAMETERS = -2;

  private static final long PARAMETER_DRAW = -3;

  private final long seed;
  private final HubProfile profile;

  public HubRecordGenerator(long seed) {
    this.seed = seed;
    this.profile = HubProfile.bundled();
  }

  /** Writes {@code records} records, a snapshot of {@link #DEFAULT_DATE}, replacing the file. */
  public GeneratedFile write(Path file, long records) throws IOException {
    return write(file, records, DEFAULT_DATE);
  }

  /** Writes {@code records} records, all created by {@code date}, replacing the file. */
  public GeneratedFile write(Path file, long records, LocalDate date) throws IOException {
    if (records < 0) {
      throw new IllegalArgumentException("records must be >= 0");
    }
    long end = epoch(date);
    return snapshot(new HubUniverse(profile, seed, records, end), file, end, date);
  }

  /**
   * Writes {@code snapshots} dated files, {@code everyDays} apart from {@code from}, each named
   * {@link #datedPath}: the last holds {@code models} records and equals {@code write(file, models,
   * lastDate)}; an earlier one holds the models created by its date (the same ids, fewer as the
   * fitted monthly growth rate says), downloads, likes and lastModified as of that date.
   */
  public List<GeneratedFile> writeSeries(
      Path file, long models, LocalDate from, int snapshots, int everyDays) throws IOException {
    if (models < 0 || snapshots < 1 || everyDays < 1) {
      throw new IllegalArgumentException("models >= 0, snapshots >= 1 and everyDays >= 1");
    }
    LocalDate last = from.plusDays((long) everyDays * (snapshots - 1));
    HubUniverse universe = new HubUniverse(profile, seed, models, epoch(last));
    List<GeneratedFile> out = new ArrayList<>();
    for (int k = 0; k < snapshots; k++) {
      LocalDate date = from.plusDays((long) everyDays * k);
      out.add(snapshot(universe, datedPath(file, date), epoch(date), date));
    }
    return out;
  }

  /** {@code hub.jsonl} and 2025-01-01 give {@code hub-2025-01-01.jsonl} beside it. */
  public static Path datedPath(Path file, LocalDate date) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String ext = dot < 0 ? "" : name.substring(dot);
    return file.resolveSibling(stem + "-" + date + ext);
  }

  /** The fitted monthly growth rate of the number of models (0.1 = 10% more each month). */
  public double monthlyGrowthRate() {
    return profile.modelsMonthlyRate;
  }

  private static long epoch(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  private GeneratedFile snapshot(HubUniverse universe, Path file, long at, LocalDate date)
      throws IOException {
    long count = universe.countAt(at);
    long derivatives = 0;
    RecordWriter writer = new RecordWriter(universe, at);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (long i = 0; i < count; i++) {
        if (writer.write(json, i)) {
          derivatives++;
        }
        json.writeRaw('\n');
      }
    }
    return new GeneratedFile(file, count, Files.size(file), derivatives, date);
  }

  /** Writes the records of one universe as of one time. */
  private static final class RecordWriter {
    private final HubUniverse u;
    private final HubProfile p;
    private final long at;
    private final long day;
    private final double monthsBack;
    private long firstParent = -1;

    RecordWriter(HubUniverse universe, long at) {
      this.u = universe;
      this.p = universe.profile;
      this.at = at;
      this.day = Math.floorDiv(at, DAY);
      this.monthsBack = (universe.end - at) / HubUniverse.MONTH;
    }

    /** Writes record {@code i}; true when it names a parent in a {@code base_model:} tag. */
    boolean write(JsonGenerator json, long i) throws IOException {
      SplittableRandom rng = u.random(i);
      Shape me = u.shape(i, rng);
      String id = u.id(me);
      String author = u.author(me);
      String relation =
          me.relation() == HubUniverse.ROOT ? null : HubUniverse.RELATIONS[me.relation()];
      String[] parents = parents(me, rng);
      Object cardBase = parents.length == 1 ? parents[0] : parents.length > 1 ? parents : null;
      boolean tagged = parents.length > 0;
      double dirt = rng.nextDouble();
      if (tagged && dirt < p.placeholderShare) {
        cardBase = PLACEHOLDERS[rng.nextInt(PLACEHOLDERS.length)];
        tagged = false;
      } else if (tagged && dirt < p.placeholderShare + p.selfReferenceShare) {
        cardBase = id;
        tagged = false;
      } else if (tagged && dirt < p.placeholderShare + p.selfReferenceShare + p.prefixedShare) {
        cardBase = (rng.nextBoolean() ? "- " : "https://huggingface.co/") + parents[0];
        tagged = false;
      }
      long created = u.created(me);
      long modified =
          Math.min(at, created + (rng.nextDouble() < 0.4 ? 0 : rng.nextLong(200L * DAY)));
      long downloads = (me.major() >= 0 ? p.majorDownloads : p.downloads).sample(rng.nextDouble());
      long likes = p.likes.sample(rng.nextDouble());
      String task =
          rng.nextDouble() < p.pipelineMissing
              ? null
              : Vocabulary.weighted(rng, Vocabulary.TASKS, Vocabulary.TASK_WEIGHTS);
      String library = library(me, rng);
      String license = license(me, author, rng);
      Long parameters = parameters(i, firstParent);
      boolean card = rng.nextDouble() < 0.3 || (cardBase != null && !tagged);

      json.writeStartObject();
      json.writeStringField("_id", objectId(created, rng.nextLong()));
      json.writeStringField("id", id);
      json.writeStringField("author", author);
      json.writeStringField("createdAt", ISO.format(Instant.ofEpochSecond(created)));
      json.writeStringField("lastModified", ISO.format(Instant.ofEpochSecond(modified)));
      json.writeNumberField("downloads", downloadsAt(i, downloads, created));
      json.writeNumberField("likes", likesAt(likes, created));
      json.writeBooleanField("private", false);
      if (task != null) {
        json.writeStringField("pipeline_tag", task);
      }
      if (library != null) {
        json.writeStringField("library_name", library);
      }
      if (parameters != null) {
        writeParameters(json, parameters, "gguf".equals(library));
      }
      Tags.write(json, rng, relation, tagged ? parents : new String[0], task, library, license);
      json.writeStringField("modelId", id);
      if (card && (license != null || cardBase != null)) {
        writeCard(json, license, cardBase);
      }
      json.writeEndObject();
      return tagged;
    }

    /**
     * Parent ids: none, one, or two for a merge; one level up, or (rarely) absent. Sets {@link
     * #firstParent} to the first parent's index, -1 when it is absent or there is none.
     */
    private String[] parents(Shape me, SplittableRandom rng) {
      firstParent = -1;
      if (me.depth() == 0) {
        return new String[0];
      }
      int want = me.relation() == HubUniverse.MERGE ? 2 : 1;
      List<String> out = new ArrayList<>(want);
      for (int k = 0; k < want; k++) {
        boolean absent = rng.nextDouble() < p.parentAbsentShare && me.depth() == 1;
        long index = absent ? -1 : u.parent(me, rng);
        String parent = absent ? u.absentId(rng) : u.idOf(index);
        if (k == 0) {
          firstParent = index;
        }
        if (!out.contains(parent)) {
          out.add(parent);
        }
      }
      return out.toArray(String[]::new);
    }

    /**
     * The parameter count of record {@code i}, or null (the fitted share of records without one): a
     * derivative mostly has its first parent's own draw (the fitted share of fine-tunes within 12%
     * of their parent), else, and for roots, a draw from the fitted log10 quantiles. From random
     * sources of their own, so the other fields do not change with it.
     */
    private Long parameters(long i, long parent) {
      SplittableRandom r = u.random(i, PARAMETERS);
      if (r.nextDouble() >= p.parametersShare) {
        return null;
      }
      return parent >= 0 && r.nextDouble() < p.parametersInherit
          ? parameterDraw(parent)
          : parameterDraw(i);
    }

    /** Record {@code i}'s own draw: the fitted log10 quantiles, interpolated. */
    private long parameterDraw(long i) {
      double[] q = p.parametersLog10;
      double x = u.random(i, PARAMETER_DRAW).nextDouble() * (q.length - 1);
      int k = Math.min((int) x, q.length - 2);
      return Math.round(Math.pow(10, q[k] + (q[k + 1] - q[k]) * (x - k)));
    }

    /**
     * 30-day downloads as of {@code at}: the draw for the last date, scaled back by the fitted
     * monthly rate of the same models' downloads, with median-preserving log-normal noise (the
     * fitted month-over-month spread), and prorated for a model younger than 30 days.
     */
    private long downloadsAt(long i, long last, long created) {
      double d = last;
      if (monthsBack > 0 && last > 0) {
        double z = u.random(i, day).nextGaussian();
        d *=
            Math.exp(
                -Math.log1p(p.downloadsMonthlyRate) * monthsBack
                    + p.downloadsLogSd * Math.min(1, monthsBack) * z);
      }
      double age = (at - created) / (30.0 * DAY);
      return Math.round(d * Math.min(1, Math.max(0, age)));
    }

    /** Likes accumulate: the last date's count times the square root of the share of age. */
    private long likesAt(long last, long created) {
      double ageNow = at - created;
      double ageEnd = u.end - created;
      return ageEnd <= 0 ? last : (long) (last * Math.sqrt(Math.max(0, ageNow / ageEnd)));
    }

    private String library(Shape me, SplittableRandom rng) {
      if (me.relation() == 0) {
        return "peft";
      }
      if (me.relation() == HubUniverse.QUANTIZED) {
        return rng.nextBoolean() ? "gguf" : "transformers";
      }
      return rng.nextDouble() < p.libraryMissing
          ? null
          : Vocabulary.weighted(rng, Vocabulary.LIBRARIES, Vocabulary.LIBRARY_WEIGHTS);
    }

    private String license(Shape me, String author, SplittableRandom rng) {
      if (me.major() >= 0) {
        String l = p.majorLicenses.get(author).pick(rng.nextDouble());
        return "unknown".equals(l) ? null : l;
      }
      return rng.nextDouble() < p.licenseMissing ? null : p.licenses.pick(rng.nextDouble());
    }
  }

  /**
   * The Hub's parameter count: {@code gguf.total} for a GGUF repository, else {@code safetensors}
   * with its count by dtype and {@code total}.
   */
  private static void writeParameters(JsonGenerator json, long total, boolean gguf)
      throws IOException {
    json.writeObjectFieldStart(gguf ? "gguf" : "safetensors");
    if (!gguf) {
      json.writeObjectFieldStart("parameters");
      json.writeNumberField("BF16", total);
      json.writeEndObject();
    }
    json.writeNumberField("total", total);
    json.writeEndObject();
  }

  private static void writeCard(JsonGenerator json, String license, Object base)
      throws IOException {
    json.writeObjectFieldStart("cardData");
    if (license != null) {
      json.writeStringField("license", license);
    }
    if (base instanceof String s) {
      json.writeStringField("base_model", s);
    } else if (base instanceof String[] list) {
      json.writeArrayFieldStart("base_model");
      for (String parent : list) {
        json.writeString(parent);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** A MongoDB-style object id as the Hub's {@code _id}: 8 hex digits of time, 16 random. */
  private static String objectId(long epochSecond, long random) {
    String time = Long.toHexString(epochSecond & 0xFFFFFFFFL);
    String rest = Long.toHexString(random);
    return "0".repeat(8 - time.length()) + time + "0".repeat(16 - rest.length()) + rest;
  }
}
