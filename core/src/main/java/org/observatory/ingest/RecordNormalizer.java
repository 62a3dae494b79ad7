package org.observatory.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.model.HubId;
import org.observatory.model.ModelRecord;
import org.observatory.model.ParentEdge;
import org.observatory.model.Relation;
import org.observatory.model.Texts;

/**
 * Turns a source record, in any field spelling (camelCase API JSON, snake_case huggingface_hub
 * objects, renamed CSV columns), into a {@link ModelRecord} and its parent edges, keeping every
 * usable value and naming what it drops. Rules are those of DESIGN.md: {@code license:} tags before
 * card data; {@code base_model:<relation>:<id>} tags, else a bare {@code base_model:<id>} tag or
 * the card's {@code base_model} ({@code unspecified}).
 */
final class RecordNormalizer {
  private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

  static {
    ALIASES.put("id", List.of("id", "modelId", "model_id", "repo_id", "repoId"));
    ALIASES.put("author", List.of("author", "owner"));
    ALIASES.put("created_at", List.of("created_at", "createdAt", "creation_time"));
    ALIASES.put("last_modified", List.of("last_modified", "lastModified"));
    ALIASES.put("downloads", List.of("downloads"));
    ALIASES.put("downloads_all_time", List.of("downloads_all_time", "downloadsAllTime"));
    ALIASES.put("likes", List.of("likes"));
    ALIASES.put("license", List.of("license"));
    ALIASES.put("license_name", List.of("license_name"));
    ALIASES.put("license_link", List.of("license_link"));
    ALIASES.put("pipeline_tag", List.of("pipeline_tag", "pipelineTag"));
    ALIASES.put("library_name", List.of("library_name", "libraryName"));
    ALIASES.put("tags", List.of("tags"));
    ALIASES.put("base_model", List.of("base_model"));
    ALIASES.put("card_data", List.of("card_data", "cardData"));
    ALIASES.put("parameters", List.of("parameters"));
  }

  /** The keys read inside a card-data object. */
  private static final Set<String> CARD_KEYS =
      Set.of("license", "license_name", "license_link", "base_model");

  /** The key read inside a {@code safetensors} or {@code gguf} object. */
  private static final Set<String> PARAMETER_KEYS = Set.of("total");

  private final FieldMap map;
  private final Map<String, Set<String>> namesRead;

  RecordNormalizer(FieldMap map) {
    this.map = map;
    Map<String, Set<String>> names = new HashMap<>();
    ALIASES.forEach(
        (field, aliases) -> {
          for (String alias : aliases) {
            names.put(alias, field.equals("card_data") ? CARD_KEYS : Set.of());
          }
        });
    for (String source : PARAMETER_SOURCES) {
      names.put(source, PARAMETER_KEYS);
    }
    map.columns()
        .forEach(
            (field, column) -> {
              names.put(field, Set.of());
              names.put(column, Set.of());
            });
    this.namesRead = Map.copyOf(names);
  }

  /**
   * The top-level names {@link #normalize} reads a record's fields from, each with the keys it
   * reads inside an object value there (an empty set: the whole value, whatever it holds). A reader
   * may leave out every other name, and every other key of such an object, and the normaliser makes
   * the same record: {@link JsonlFields} does, so that no tree is built of what no figure uses.
   */
  Map<String, Set<String>> namesRead() {
    return namesRead;
  }

  /** The source names a record field is looked up under, in order. */
  static List<String> aliases(String field) {
    return ALIASES.getOrDefault(field, List.of(field));
  }

  /**
   * Each field's place in {@link #ALIASES} times 8 plus the place of a spelling among the field's
   * aliases, by spelling: what {@link #found} reads a record's names with.
   */
  private static final Map<String, Integer> SPELLINGS = spellings();

  private static final Map<String, Integer> FIELD_AT = fieldPlaces();

  private static Map<String, Integer> spellings() {
    Map<String, Integer> out = new HashMap<>();
    int at = 0;
    for (List<String> aliases : ALIASES.values()) {
      for (int rank = 0; rank < aliases.size(); rank++) {
        out.put(aliases.get(rank), at * 8 + rank);
      }
      at++;
    }
    return out; // a HashMap: the probing of Map.copyOf's map stood out in the profile
  }

  private static Map<String, Integer> fieldPlaces() {
    Map<String, Integer> out = new HashMap<>();
    for (String field : ALIASES.keySet()) {
      out.put(field, out.size());
    }
    return out;
  }

  /**
   * Without a {@code --map}: each field's value under the first of its aliases, in their order,
   * that holds one (not null), found in one pass over the record's names; the same as looking up
   * every alias of every field, which took nearly 30 % of the normaliser's time (SCALING.md, issue
   * 15). With a map, null: {@link #field} looks each field up.
   */
  private JsonNode[] found(ObjectNode node) {
    if (!map.isEmpty()) {
      return null;
    }
    JsonNode[] values = new JsonNode[ALIASES.size()];
    int[] ranks = new int[ALIASES.size()];
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Integer spelling = SPELLINGS.get(e.getKey());
      if (spelling != null && !e.getValue().isNull()) {
        int at = spelling >>> 3;
        int rank = spelling & 7;
        if (values[at] == null || rank < ranks[at]) {
          values[at] = e.getValue();
          ranks[at] = rank;
        }
      }
    }
    return values;
  }

  private JsonNode field(JsonNode[] found, ObjectNode node, String field) {
    return found != null ? found[FIELD_AT.get(field)] : field(node, field);
  }

  private JsonNode field(ObjectNode node, String field) {
    String mapped = map.columns().get(field);
    if (mapped != null) {
      JsonNode v = node.get(mapped);
      return v == null ? node.get(field) : v;
    }
    for (String alias : aliases(field)) {
      if (!map.isEmpty() && map.columns().containsValue(alias)) {
        continue; // the --map gives that column to another field
      }
      JsonNode v = node.get(alias);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  Normalized normalize(SourceRecord src) {
    ObjectNode node = src.fields();
    JsonNode[] found = found(node);
    List<String> cleaned = new ArrayList<>(src.cleaned());
    JsonNode idNode = field(found, node, "id");
    if (idNode == null || !idNode.isValueNode() || idNode.asText().isBlank()) {
      return Normalized.skip("no model id");
    }
    Optional<HubId> id = HubId.parse(idNode.asText());
    if (id.isEmpty()) {
      return Normalized.skip("model id is not a Hub id");
    }
    List<String> tags = tags(field(found, node, "tags"), cleaned);
    String author = text(field(found, node, "author"), "author", cleaned);
    if (author == null) {
      author = id.get().owner().orElse(null);
    }
    String license = null;
    List<ParentEdge> edges = new ArrayList<>();
    boolean typedOrBareTag = false;
    for (String tag : tags) {
      if (tag.startsWith("license:") && license == null) {
        license = cleanLicense(tag.substring("license:".length()));
      } else if (tag.startsWith("base_model:")) {
        typedOrBareTag = true;
        edgeFromTag(id.get(), tag.substring("base_model:".length()), edges, cleaned);
      }
    }
    if (license == null) {
      license = cleanLicense(text(field(found, node, "license"), "license", cleaned));
    }
    String licenseName = text(field(found, node, "license_name"), "license_name", cleaned);
    String licenseLink = text(field(found, node, "license_link"), "license_link", cleaned);
    boolean needCard =
        license == null || "other".equals(license) || licenseName == null || !typedOrBareTag;
    if (needCard) {
      ObjectNode card = cardData(field(found, node, "card_data"), cleaned);
      if (card != null) {
        if (license == null) {
          license = cleanLicense(firstText(card.get("license")));
        }
        if (licenseName == null) {
          licenseName = text(card.get("license_name"));
        }
        if (licenseLink == null) {
          licenseLink = text(card.get("license_link"));
        }
        if (!typedOrBareTag) {
          edgesFromValue(id.get(), card.get("base_model"), "card", edges, cleaned);
        }
      }
      if (!typedOrBareTag) {
        edgesFromValue(id.get(), field(found, node, "base_model"), "card", edges, cleaned);
      }
    }
    for (TreeLink link : src.treeLinks()) {
      Optional<HubId> child = HubId.parse(link.rawChild());
      if (child.isPresent()) {
        edges.add(new ParentEdge(child.get(), id.get(), link.relation(), "tree"));
      } else {
        cleaned.add("tree list entry is not a Hub id");
      }
    }
    edges = withoutShadowedUnspecified(edges);
    ModelRecord record =
        new ModelRecord(
            id.get(),
            author,
            instant(field(found, node, "created_at"), "created_at", cleaned),
            instant(field(found, node, "last_modified"), "last_modified", cleaned),
            count(field(found, node, "downloads"), "downloads", cleaned),
            count(field(found, node, "downloads_all_time"), "downloads_all_time", cleaned),
            count(field(found, node, "likes"), "likes", cleaned),
            license,
            licenseName,
            licenseLink,
            text(field(found, node, "pipeline_tag"), "pipeline_tag", cleaned),
            text(field(found, node, "library_name"), "library_name", cleaned),
            parameters(found, node, cleaned),
            tags,
            ownEdges(edges, id.get()));
    return new Normalized(record, edges, cleaned, null);
  }

  private static List<ParentEdge> ownEdges(List<ParentEdge> edges, HubId id) {
    List<ParentEdge> own = new ArrayList<>(edges.size());
    for (ParentEdge e : edges) {
      if (e.child().equals(id)) {
        own.add(e);
      }
    }
    return own;
  }

  /**
   * The edges without an {@code unspecified} one whose (child, parent) pair also has a typed edge
   * here (Hub records carry a bare {@code base_model:<id>} tag beside the typed one): the merge
   * would drop it, and not staging it halves the edges a Hub file stages.
   */
  private static List<ParentEdge> withoutShadowedUnspecified(List<ParentEdge> edges) {
    if (edges.size() < 2) {
      return edges;
    }
    Set<List<HubId>> typed = new HashSet<>();
    for (ParentEdge e : edges) {
      if (e.relation() != Relation.UNSPECIFIED) {
        typed.add(List.of(e.child(), e.parent()));
      }
    }
    if (typed.isEmpty()) {
      return edges;
    }
    List<ParentEdge> kept = new ArrayList<>(edges.size());
    for (ParentEdge e : edges) {
      if (e.relation() != Relation.UNSPECIFIED || !typed.contains(List.of(e.child(), e.parent()))) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static void edgeFromTag(
      HubId child, String rest, List<ParentEdge> edges, List<String> cleaned) {
    int colon = rest.indexOf(':');
    Relation relation = Relation.UNSPECIFIED;
    String parent = rest;
    if (colon > 0) {
      Optional<Relation> typed = Relation.ofTag(rest.substring(0, colon));
      if (typed.isPresent()) {
        relation = typed.get();
        parent = rest.substring(colon + 1);
      }
    }
    Optional<HubId> p = HubId.parse(parent);
    if (p.isPresent()) {
      edges.add(new ParentEdge(child, p.get(), relation, "tag"));
    } else {
      cleaned.add("base_model value is not a Hub id");
    }
  }

  private static void edgesFromValue(
      HubId child, JsonNode value, String source, List<ParentEdge> edges, List<String> cleaned) {
    if (value == null || value.isNull()) {
      return;
    }
    List<String> raw = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> raw.add(v.asText()));
    } else if (value.isValueNode()) {
      String s = value.asText();
      raw.addAll(s.strip().startsWith("[") ? CsvRecordReader.splitList(s) : List.of(s));
    } else {
      cleaned.add("base_model value is not a Hub id");
      return;
    }
    Set<HubId> known = new HashSet<>();
    for (ParentEdge e : edges) {
      known.add(e.parent());
    }
    for (String r : raw) {
      Optional<HubId> p = HubId.parse(r);
      if (p.isPresent()) {
        if (known.add(p.get())) {
          edges.add(new ParentEdge(child, p.get(), Relation.UNSPECIFIED, source));
        }
      } else if (!r.isBlank()) {
        cleaned.add("base_model value is not a Hub id");
      }
    }
  }

  private static ObjectNode cardData(JsonNode value, List<String> cleaned) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value instanceof ObjectNode obj) {
      return obj;
    }
    if (value.isTextual() && !value.asText().isBlank()) {
      try {
        JsonNode parsed = Json.YAML.readTree(value.asText());
        if (parsed instanceof ObjectNode obj) {
          return obj;
        }
      } catch (IOException | RuntimeException e) {
        // fall through: counted below
      }
      cleaned.add("card data is not a YAML mapping");
    }
    return null;
  }

  private static List<String> tags(JsonNode value, List<String> cleaned) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      for (JsonNode t : value) {
        if (t.isValueNode() && !t.asText().isBlank()) {
          out.add(t.asText().strip());
        }
      }
    } else if (value.isTextual()) {
      out.addAll(CsvRecordReader.splitList(value.asText()));
    } else {
      cleaned.add("tags is not a list");
    }
    if (!out.removeIf(t -> !Texts.isWellFormed(t))) {
      return out;
    }
    cleaned.add("a tag is not Unicode text (a lone surrogate)");
    return out;
  }

  private static String cleanLicense(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() || s.equals("nan") || s.equals("none") || s.equals("n/a") ? null : s;
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() || s.equals("NaN") || !Texts.isWellFormed(s) ? null : s;
  }

  /** A text field as {@link #text}; a value that is not well-formed Unicode is dropped, counted. */
  private static String text(JsonNode v, String name, List<String> cleaned) {
    if (v != null && v.isTextual() && !Texts.isWellFormed(v.asText())) {
      cleaned.add(name + " is not Unicode text (a lone surrogate)");
      return null;
    }
    return text(v);
  }

  private static String firstText(JsonNode v) {
    if (v != null && v.isArray()) {
      return v.isEmpty() ? null : text(v.get(0));
    }
    return text(v);
  }

  private static Long count(JsonNode v, String name, List<String> cleaned) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      if (!v.canConvertToLong()) {
        cleaned.add(name + " is out of range");
        return null;
      }
      return keepCount(v.longValue(), name, cleaned);
    }
    double d;
    if (v.isNumber()) {
      d = v.asDouble();
    } else if (v.isTextual()) {
      String s = v.asText().strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        d = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        cleaned.add(name + " is not a number");
        return null;
      }
    } else {
      cleaned.add(name + " is not a number");
      return null;
    }
    if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
      cleaned.add(name + " is not a whole number (NaN, Infinity or fraction)");
      return null;
    }
    if (Math.abs(d) > MAX_COUNT) {
      cleaned.add(name + " is out of range");
      return null;
    }
    return keepCount((long) d, name, cleaned);
  }

  /**
   * The largest count kept, 10^11: a thousand times any 30-day download count the Hub has shown
   * (the most downloaded models have tens of millions a month, a few billion of all time). A larger
   * value is an error of the source, dropped and counted; and the sums of the indicators (squares
   * summed exactly in 128 bits for the concentration) cannot overflow below 10^8 records at that
   * value.
   */
  static final long MAX_COUNT = 100_000_000_000L;

  private static Long keepCount(long n, String name, List<String> cleaned) {
    if (n < 0) {
      cleaned.add(name + " is negative");
      return null;
    }
    if (n > MAX_COUNT) {
      cleaned.add(name + " is out of range");
      return null;
    }
    return n;
  }

  /**
   * The parameter count: {@code safetensors.total}, else {@code gguf.total} (objects, or their JSON
   * text), else a {@code parameters} field (a CSV column); a value that is not a positive whole
   * number is dropped and counted, and the next source is tried.
   */
  private Long parameters(JsonNode[] found, ObjectNode node, List<String> cleaned) {
    for (String source : PARAMETER_SOURCES) {
      JsonNode total = object(node.get(source)).get("total");
      if (total != null && !total.isNull()) {
        Long n = positive(total);
        if (n != null) {
          return n;
        }
        cleaned.add("parameters (" + source + ".total) is not a positive whole number");
      }
    }
    JsonNode plain = field(found, node, "parameters");
    if (plain == null || plain.isNull() || plain.asText().isBlank()) {
      return null;
    }
    Long n = positive(plain);
    if (n == null) {
      cleaned.add("parameters is not a positive whole number");
    }
    return n;
  }

  private static final List<String> PARAMETER_SOURCES = List.of("safetensors", "gguf");

  /** An object value, or its JSON text parsed; an empty object otherwise. */
  private static JsonNode object(JsonNode v) {
    if (v != null && v.isTextual() && v.asText().strip().startsWith("{")) {
      try {
        v = Json.MAPPER.readTree(v.asText());
      } catch (IOException e) {
        return Json.MAPPER.createObjectNode();
      }
    }
    return v != null && v.isObject() ? v : Json.MAPPER.createObjectNode();
  }

  /** A positive whole number (a number, or text holding one), else null. */
  private static Long positive(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() && v.asLong() > 0 ? v.asLong() : null;
    }
    double d;
    if (v.isNumber()) {
      d = v.asDouble();
    } else if (v.isTextual()) {
      try {
        d = Double.parseDouble(v.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return d > 0 && d == Math.rint(d) && d < 9.2e18 ? (long) d : null;
  }

  private static Instant instant(JsonNode v, String name, List<String> cleaned) {
    if (v == null || v.isNull()) {
      return null;
    }
    Optional<Instant> t =
        v.isIntegralNumber()
            ? (v.canConvertToLong() ? Timestamps.ofEpoch(v.longValue()) : Optional.empty())
            : Timestamps.parse(v.asText());
    if (t.isEmpty()) {
      if (!v.asText().isBlank()) {
        cleaned.add(name + " is not a timestamp");
      }
      return null;
    }
    if (!Timestamps.isPlausible(t.get())) {
      cleaned.add(name + " is out of range (before 1990 or after 2100)");
      return null;
    }
    return t.get();
  }
}
