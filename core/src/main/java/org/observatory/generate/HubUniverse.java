package org.observatory.generate;

import java.util.SplittableRandom;

/**
 * The {@code n} models a generator run can name, record {@code i} created at a time that grows
 * exponentially towards {@code end} at the fitted monthly rate; everything about {@code i} comes
 * from a random source seeded by (seed, i), so nothing is held: a parent's id is recomputed from
 * its index.
 */
final class HubUniverse {
  /** An average month, in seconds. */
  static final double MONTH = 30.436875 * 86_400;

  static final int ROOT = -1;
  static final String[] RELATIONS = {"adapter", "finetune", "merge", "quantized"};
  static final int MERGE = 2;
  static final int QUANTIZED = 3;

  /**
   * How strongly each relation prefers early (popular) parents: the parent index is {@code i *
   * u^k}; larger k, fewer parents with more children each (adapters pile on a few bases).
   */
  private static final double[] CONCENTRATION = {6, 3, 2, 3};

  private static final long MIX = 0x9E3779B97F4A7C15L;
  private static final int PARENT_TRIES = 64;

  /** What record {@code i} is, drawn first from its random source; no strings. */
  record Shape(long index, double timeFraction, int major, long rank, int depth, int relation) {}

  final HubProfile profile;
  private final long seed;
  final long n;
  final long end;
  private final long pool;
  private final double logGrowth;
  private final int[] relationIndex;

  HubUniverse(HubProfile profile, long seed, long n, long endEpochSecond) {
    this.profile = profile;
    this.seed = seed;
    this.n = n;
    this.end = endEpochSecond;
    this.pool = Math.max(1, Math.round(profile.poolPerRecord * n));
    this.logGrowth = Math.log1p(profile.modelsMonthlyRate);
    this.relationIndex = new int[profile.relations.words().length];
    for (int k = 0; k < relationIndex.length; k++) {
      relationIndex[k] = java.util.Arrays.asList(RELATIONS).indexOf(profile.relations.words()[k]);
      if (relationIndex[k] < 0) {
        throw new IllegalStateException("unknown relation " + profile.relations.words()[k]);
      }
    }
  }

  SplittableRandom random(long i) {
    return new SplittableRandom(seed * MIX + i);
  }

  /** A second random source for record {@code i} at epoch day {@code day} (snapshot noise). */
  SplittableRandom random(long i, long day) {
    return new SplittableRandom((seed * MIX + i) * MIX + day);
  }

  Shape shape(long i) {
    return shape(i, random(i));
  }

  /** Draws the shape of record {@code i} from the start of its random source {@code rng}. */
  Shape shape(long i, SplittableRandom rng) {
    double time = rng.nextDouble();
    int major = -1;
    long rank = 0;
    if (rng.nextDouble() < profile.majorShare) {
      major = profile.majors.index(rng.nextDouble());
    } else {
      rank = zipfRank(rng.nextDouble());
    }
    int depth = 0;
    int relation = ROOT;
    if (i > 0 && rng.nextDouble() < profile.derivativeShare) {
      depth = 1 + profile.depths.index(rng.nextDouble());
      relation = relationIndex[profile.relations.index(rng.nextDouble())];
    }
    return new Shape(i, time, major, rank, depth, relation);
  }

  /** A rank in [1, pool] with P(rank = k) proportional to about k^-s (continuous inverse CDF). */
  private long zipfRank(double u) {
    double a = 1 - profile.zipfExponent;
    double x = Math.pow(1 + u * (Math.pow(pool + 1.0, a) - 1), 1 / a);
    return Math.min(pool, Math.max(1, (long) x));
  }

  String author(Shape s) {
    if (s.major() >= 0) {
      return profile.majors.words()[s.major()];
    }
    if (s.rank() <= profile.namedAuthors.length) {
      return profile.namedAuthors[(int) s.rank() - 1];
    }
    return userName(s.rank());
  }

  /** A user name made of syllables; distinct ranks give distinct names. */
  private static String userName(long index) {
    int n = Vocabulary.SYLLABLES.length;
    String name =
        Vocabulary.SYLLABLES[(int) (index % n)] + Vocabulary.SYLLABLES[(int) (index / n % n)];
    long rest = index / ((long) n * n);
    return rest == 0 ? name : name + "-" + Long.toString(rest, 36);
  }

  /** The model id of record {@code i}: words drawn from a source of its own, then its index. */
  String id(Shape s) {
    SplittableRandom words = random(s.index(), -1);
    String family =
        Vocabulary.any(words, Vocabulary.FAMILIES) + Vocabulary.any(words, Vocabulary.SIZES);
    String suffix;
    if (s.relation() == QUANTIZED) {
      suffix = words.nextBoolean() ? "-GGUF" : "-AWQ-4bit";
    } else if (s.relation() == 0) {
      suffix = "-lora";
    } else if (s.relation() == MERGE) {
      suffix = "-slerp-merge";
    } else {
      suffix = Vocabulary.any(words, Vocabulary.SUFFIXES);
    }
    return author(s) + "/" + family + suffix + "-" + Long.toString(s.index(), 36);
  }

  String idOf(long i) {
    return id(shape(i));
  }

  /** An id that no record has (a parent outside the snapshot): a major org's bare family name. */
  String absentId(SplittableRandom rng) {
    return profile.majors.pick(rng.nextDouble())
        + "/"
        + Vocabulary.any(rng, Vocabulary.FAMILIES)
        + Vocabulary.any(rng, Vocabulary.SIZES)
        + "-base";
  }

  /**
   * The index of a parent of derivative {@code s}: an earlier record one level up, early ones
   * preferred by the relation's concentration; quantized models are rarely accepted as parents.
   * Falls back to record 0 (always a root).
   */
  long parent(Shape s, SplittableRandom rng) {
    double k = CONCENTRATION[s.relation()];
    for (int t = 0; t < PARENT_TRIES; t++) {
      long j = (long) (s.index() * Math.pow(rng.nextDouble(), k));
      Shape c = shape(j);
      if (c.depth() == s.depth() - 1
          && (c.relation() != QUANTIZED || rng.nextDouble() < profile.quantizedParentShare)) {
        return j;
      }
    }
    return 0;
  }

  /** When record {@code i} was created (epoch seconds); increasing in {@code i}, at most end. */
  long created(Shape s) {
    double x = s.index() + 1 + s.timeFraction();
    return end - (long) (Math.log((n + 1.0) / x) / logGrowth * MONTH);
  }

  long created(long i) {
    return created(shape(i));
  }

  /** How many records were created at or before {@code epochSecond}. */
  long countAt(long epochSecond) {
    long lo = 0;
    long hi = n;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (created(mid) <= epochSecond) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
