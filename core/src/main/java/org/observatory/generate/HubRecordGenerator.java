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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes synthetic Hub API model objects as JSON Lines, deterministically for a seed: the same seed
 * and count give a byte-identical file. Records are streamed, never held: everything about record
 * {@code i} comes from a random source seeded by (seed, i), so a parent's id is recomputed from its
 * index rather than remembered.
 *
 * <p>Shape (camelCase, as {@code /api/models} returns it): {@code _id, id, author, createdAt,
 * lastModified, downloads, likes, private, pipeline_tag, library_name, tags, modelId}, and on some
 * records {@code cardData} with {@code license} and {@code base_model}. About 40% of records are
 * derivatives of an earlier record, with a {@code base_model:<relation>:<parent>} tag and the bare
 * {@code base_model:<parent>} tag; a merge names two parents. Downloads and likes are heavy-tailed
 * (Pareto). Rough, not fitted to real data.
 */
public final class HubRecordGenerator {
  /** Share of records (after the first) that derive from an earlier one. */
  static final double DERIVATIVE_SHARE = 0.40;

  private static final long START = Instant.parse("2021-01-01T00:00:00Z").getEpochSecond();
  private static final long END = Instant.parse("2025-10-01T00:00:00Z").getEpochSecond();
  private static final long MIX = 0x9E3779B97F4A7C15L;
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'.000Z'").withZone(ZoneOffset.UTC);
  private static final String[] RELATIONS = {"finetune", "adapter", "quantized", "merge"};
  private static final int[] RELATION_WEIGHTS = {45, 25, 20, 10};

  private final long seed;

  public HubRecordGenerator(long seed) {
    this.seed = seed;
  }

  /** Writes {@code records} records to {@code file}, replacing it. */
  public GeneratedFile write(Path file, long records) throws IOException {
    if (records < 0) {
      throw new IllegalArgumentException("records must be >= 0");
    }
    long derivatives = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (long i = 0; i < records; i++) {
        if (writeRecord(json, i, records)) {
          derivatives++;
        }
        json.writeRaw('\n');
      }
    }
    return new GeneratedFile(file, records, Files.size(file), derivatives);
  }

  /**
   * What record {@code i} is called and how it relates to its parents; drawn first from its random
   * source.
   */
  private record Identity(String author, String id, String relation) {}

  private SplittableRandom random(long i) {
    return new SplittableRandom(seed * MIX + i);
  }

  private Identity identity(long i, SplittableRandom rng) {
    String author;
    if (rng.nextDouble() < 0.12) {
      double u = rng.nextDouble();
      author = Vocabulary.ORGS[(int) (Vocabulary.ORGS.length * u * u)];
    } else {
      double u = rng.nextDouble();
      author = userName((long) ((i / 4 + 1) * u * u));
    }
    String relation =
        i > 0 && rng.nextDouble() < DERIVATIVE_SHARE
            ? Vocabulary.weighted(rng, RELATIONS, RELATION_WEIGHTS)
            : null;
    String family =
        Vocabulary.any(rng, Vocabulary.FAMILIES) + Vocabulary.any(rng, Vocabulary.SIZES);
    String suffix;
    if ("quantized".equals(relation)) {
      suffix = rng.nextBoolean() ? "-GGUF" : "-AWQ-4bit";
    } else if ("adapter".equals(relation)) {
      suffix = "-lora";
    } else if ("merge".equals(relation)) {
      suffix = "-slerp-merge";
    } else {
      suffix = Vocabulary.any(rng, Vocabulary.SUFFIXES);
    }
    return new Identity(
        author, author + "/" + family + suffix + "-" + Long.toString(i, 36), relation);
  }

  /** A user name made of syllables; distinct indexes give distinct names. */
  private static String userName(long index) {
    int n = Vocabulary.SYLLABLES.length;
    String name =
        Vocabulary.SYLLABLES[(int) (index % n)] + Vocabulary.SYLLABLES[(int) (index / n % n)];
    long rest = index / ((long) n * n);
    return rest == 0 ? name : name + "-" + Long.toString(rest, 36);
  }

  /** The id of an earlier record, recomputed from its index. */
  private String idOf(long j) {
    return identity(j, random(j)).id();
  }

  /** Writes record {@code i} of {@code n}; true when it names a parent. */
  private boolean writeRecord(JsonGenerator json, long i, long n) throws IOException {
    SplittableRandom rng = random(i);
    Identity me = identity(i, rng);
    String[] parents = parents(i, me.relation(), rng);
    long step = Math.max(1, (END - START) / n);
    long created = START + i * (END - START) / n + rng.nextLong(step);
    long modified = created + (rng.nextDouble() < 0.4 ? 0 : rng.nextLong(200L * 86_400));
    long downloads = pareto(rng, 0.8, 500_000_000L);
    if (isOrg(me.author())) {
      downloads = Math.min(500_000_000L, downloads * 20 + rng.nextInt(1_000));
    }
    String task =
        rng.nextDouble() < 0.9
            ? Vocabulary.weighted(rng, Vocabulary.TASKS, Vocabulary.TASK_WEIGHTS)
            : null;
    String library = library(me.relation(), rng);
    String license =
        rng.nextDouble() < 0.85
            ? Vocabulary.weighted(rng, Vocabulary.LICENSES, Vocabulary.LICENSE_WEIGHTS)
            : null;

    json.writeStartObject();
    json.writeStringField("_id", objectId(created, rng.nextLong()));
    json.writeStringField("id", me.id());
    json.writeStringField("author", me.author());
    json.writeStringField("createdAt", ISO.format(Instant.ofEpochSecond(created)));
    json.writeStringField("lastModified", ISO.format(Instant.ofEpochSecond(modified)));
    json.writeNumberField("downloads", downloads);
    json.writeNumberField("likes", pareto(rng, 1.25, 100_000L));
    json.writeBooleanField("private", false);
    if (task != null) {
      json.writeStringField("pipeline_tag", task);
    }
    if (library != null) {
      json.writeStringField("library_name", library);
    }
    writeTags(json, rng, me.relation(), parents, task, library, license);
    json.writeStringField("modelId", me.id());
    if (rng.nextDouble() < 0.3 && (license != null || parents.length > 0)) {
      writeCard(json, license, parents);
    }
    json.writeEndObject();
    return parents.length > 0;
  }

  private static boolean isOrg(String author) {
    for (String org : Vocabulary.ORGS) {
      if (org.equals(author)) {
        return true;
      }
    }
    return false;
  }

  /** Parent ids: none, one, or two for a merge; earlier records, the earliest ones most often. */
  private String[] parents(long i, String relation, SplittableRandom rng) {
    if (relation == null) {
      return new String[0];
    }
    double u = rng.nextDouble();
    long first = (long) (i * u * u * u);
    if ("merge".equals(relation) && i > 1) {
      double v = rng.nextDouble();
      long second = (long) (i * v * v * v);
      if (second != first) {
        return new String[] {idOf(first), idOf(second)};
      }
    }
    return new String[] {idOf(first)};
  }

  private static String library(String relation, SplittableRandom rng) {
    if ("adapter".equals(relation)) {
      return "peft";
    }
    if ("quantized".equals(relation)) {
      return rng.nextBoolean() ? "gguf" : "transformers";
    }
    return rng.nextDouble() < 0.92
        ? Vocabulary.weighted(rng, Vocabulary.LIBRARIES, Vocabulary.LIBRARY_WEIGHTS)
        : null;
  }

  private static void writeTags(
      JsonGenerator json,
      SplittableRandom rng,
      String relation,
      String[] parents,
      String task,
      String library,
      String license)
      throws IOException {
    json.writeArrayFieldStart("tags");
    if (library != null) {
      json.writeString(library);
    }
    if (rng.nextDouble() < 0.7 && !"gguf".equals(library)) {
      json.writeString("safetensors");
    }
    json.writeString(Vocabulary.any(rng, Vocabulary.ARCHITECTURES));
    if (task != null) {
      json.writeString(task);
    }
    if ("text-generation".equals(task) && rng.nextBoolean()) {
      json.writeString("conversational");
    }
    if (rng.nextBoolean()) {
      json.writeString(Vocabulary.any(rng, Vocabulary.LANGUAGES));
    }
    for (String parent : parents) {
      json.writeString("base_model:" + parent);
      json.writeString("base_model:" + relation + ":" + parent);
    }
    if (license != null) {
      json.writeString("license:" + license);
    }
    if (rng.nextDouble() < 0.3) {
      json.writeString("autotrain_compatible");
    }
    if (rng.nextBoolean()) {
      json.writeString("endpoints_compatible");
    }
    json.writeString("region:us");
    json.writeEndArray();
  }

  private static void writeCard(JsonGenerator json, String license, String[] parents)
      throws IOException {
    json.writeObjectFieldStart("cardData");
    if (license != null) {
      json.writeStringField("license", license);
    }
    if (parents.length == 1) {
      json.writeStringField("base_model", parents[0]);
    } else if (parents.length > 1) {
      json.writeArrayFieldStart("base_model");
      for (String parent : parents) {
        json.writeString(parent);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** A Pareto-distributed count {@code >= 0}: mostly 0 or 1, rarely near {@code cap}. */
  private static long pareto(SplittableRandom rng, double alpha, long cap) {
    double u = 1.0 - rng.nextDouble();
    return Math.min(cap, (long) Math.pow(u, -1.0 / alpha) - 1);
  }

  /** A MongoDB-style object id as the Hub's {@code _id}: 8 hex digits of time, 16 random. */
  private static String objectId(long epochSecond, long random) {
    String time = Long.toHexString(epochSecond & 0xFFFFFFFFL);
    String rest = Long.toHexString(random);
    return "0".repeat(8 - time.length()) + time + "0".repeat(16 - rest.length()) + rest;
  }
}
