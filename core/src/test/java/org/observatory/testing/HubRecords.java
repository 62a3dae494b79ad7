package org.observatory.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real Hub model records in the shape {@code GET /api/models?full=true&cardData=true} returns them,
 * made from the {@code metadata} column of two model-tree dumps in {@code
 * shared/data/raw/hf-model-trees-oderinwale/} (Hub metadata of April 2025): every bloom record,
 * then the Janus-Pro-7B ones, in file order. The dumps hold huggingface_hub's snake_case objects;
 * this keeps the fields the API sends and renames them to its camelCase ({@code createdAt}, {@code
 * lastModified}, {@code cardData} as an object, not YAML text); {@code safetensors} and {@code
 * gguf} (parameter counts) and {@code downloadsAllTime} are kept where the dump has them (the dumps
 * hold no all-time counts: huggingface_hub fills them only when asked to expand them).
 */
public final class HubRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final DateTimeFormatter DUMP_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSSSSS]XXX");
  private static final DateTimeFormatter API_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> DUMPS =
      List.of("bloom_finetunes_20250422_180448.csv", "Janus-Pro-7B_finetunes_20250422_225821.csv");

  private HubRecords() {}

  /** The first {@code count} records (at most 30). */
  public static List<ObjectNode> apiShaped(int count) {
    List<ObjectNode> out = new ArrayList<>();
    for (String dump : DUMPS) {
      Path csv = SharedData.raw("hf-model-trees-oderinwale").resolve(dump);
      try (Reader in = Files.newBufferedReader(csv)) {
        for (CSVRecord row :
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
          if (out.size() == count) {
            return out;
          }
          out.add(toApiShape(JSON.readTree(row.get("metadata"))));
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + csv, e);
      }
    }
    if (out.size() < count) {
      throw new IllegalArgumentException("only " + out.size() + " records in " + DUMPS);
    }
    return out;
  }

  static ObjectNode toApiShape(JsonNode dump) throws IOException {
    ObjectNode api = JSON.createObjectNode();
    api.set("id", dump.get("id"));
    api.set("author", dump.get("author"));
    api.put("createdAt", apiTime(dump.get("created_at").asText()));
    api.put("lastModified", apiTime(dump.get("last_modified").asText()));
    api.set("downloads", dump.get("downloads"));
    api.set("likes", dump.get("likes"));
    api.set("tags", dump.get("tags"));
    api.set("pipeline_tag", dump.get("pipeline_tag"));
    api.set("library_name", dump.get("library_name"));
    for (String[] field :
        new String[][] {
          {"safetensors", "safetensors"},
          {"gguf", "gguf"},
          {"downloads_all_time", "downloadsAllTime"}
        }) {
      JsonNode v = dump.get(field[0]);
      if (v != null && !v.isNull()) {
        api.set(field[1], v);
      }
    }
    JsonNode card = dump.get("card_data");
    if (card != null && card.isTextual()) {
      api.set("cardData", YAML.readTree(card.asText()));
    }
    return api;
  }

  private static String apiTime(String dumpTime) {
    return API_TIME.format(OffsetDateTime.parse(dumpTime, DUMP_TIME));
  }
}
