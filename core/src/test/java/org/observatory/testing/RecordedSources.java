package org.observatory.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every source but the Hub, recorded on a {@link RecordedServer} under the paths of the real
 * services, from the real files in {@code shared/data/raw} (byte for byte; see its SOURCES.md and
 * MANIFEST.csv for where each came from):
 *
 * <ul>
 *   <li>OpenRouter {@code /api/v1/models}: {@code openrouter-models-api/openrouter_models_all.json}
 *       (a real response of that API);
 *   <li>Epoch AI {@code /data/*_ai_models.csv}: the four CSVs of {@code epoch-ai/};
 *   <li>SPDX {@code /licenses/licenses.json}: {@code spdx-license-list/licenses.json};
 *   <li>GitHub's contents API ({@code /repos/OWNER/REPO/contents/data}) for the weekly rankings and
 *       the vendor prices: a listing in the API's shape (name, path, git blob sha, size,
 *       download_url, type) made here from the real files, which are served at {@code
 *       /raw/OWNER/REPO/main/data/NAME} as raw.githubusercontent.com serves them;
 *   <li>GitHub's {@code /repos/OWNER/REPO/zipball}: a 302 to {@code /codeload/...}, which serves a
 *       zip made here as codeload does (one top folder {@code OWNER-REPO-SHORTSHA/}) from the real
 *       EOSAI folder and MOF {@code models/} folder, with a README and a JSON schema beside them
 *       that the fetchers must leave out.
 * </ul>
 */
public final class RecordedSources {
  public static final String MODELS_API = "/api/v1/models";
  public static final String RANKINGS_LISTING =
      "/repos/johnbean393/openrouter-inference-stats/contents/data";
  public static final String PRICES_LISTING = "/repos/simonw/llm-prices/contents/data";
  public static final String EOSAI_ZIPBALL =
      "/repos/Language-Technology-Assessment/main-database/zipball";
  public static final String EOSAI_ZIP =
      "/codeload/Language-Technology-Assessment/main-database/legacy.zip/refs/heads/main";
  public static final String MOF_ZIPBALL = "/repos/lfai/model_openness_tool/zipball";
  public static final String MOF_ZIP =
      "/codeload/lfai/model_openness_tool/legacy.zip/refs/heads/main";
  public static final String LICENSES = "/licenses/licenses.json";
  public static final List<String> EPOCH =
      List.of(
          "/data/all_ai_models.csv",
          "/data/notable_ai_models.csv",
          "/data/large_scale_ai_models.csv",
          "/data/frontier_ai_models.csv");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The zips made so far (made once per JVM: tests start many servers). */
  private static final java.util.Map<String, byte[]> ZIPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final RecordedServer server;

  private RecordedSources(RecordedServer server) {
    this.server = server;
  }

  /** Mounts every source on {@code server}, each with all its real files. */
  public static RecordedSources on(RecordedServer server) {
    RecordedSources s = new RecordedSources(server);
    server.serve(
        MODELS_API, raw("openrouter-models-api/openrouter_models_all.json"), "application/json");
    for (String path : EPOCH) {
      server.serve(path, raw("epoch-ai" + path.substring("/data".length())), "text/csv");
    }
    server.serve(LICENSES, raw("spdx-license-list/licenses.json"), "application/json");
    s.rankings(files("openrouter-weekly-top-models", ".json"));
    s.prices(files("llm-prices-simonw", ".json"));
    server.redirect(EOSAI_ZIPBALL, EOSAI_ZIP);
    server.serve(EOSAI_ZIP, eosaiZip(Integer.MAX_VALUE), "application/zip");
    server.redirect(MOF_ZIPBALL, MOF_ZIP);
    server.serve(MOF_ZIP, mofZip(Integer.MAX_VALUE), "application/zip");
    return s;
  }

  /** Publishes these weekly ranking files (and no others) in the rankings repository's folder. */
  public RecordedSources rankings(List<Path> weeks) {
    server.serve(
        RANKINGS_LISTING,
        listing("johnbean393/openrouter-inference-stats", weeks),
        "application/json");
    return this;
  }

  /** Publishes these vendor price files (and no others) in the prices repository's folder. */
  public RecordedSources prices(List<Path> vendors) {
    server.serve(PRICES_LISTING, listing("simonw/llm-prices", vendors), "application/json");
    return this;
  }

  /** The real files (not hidden ones) of a folder of shared/data/raw with this suffix, by name. */
  public static List<Path> files(String folder, String suffix) {
    try (Stream<Path> s = Files.list(SharedData.raw(folder))) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contents-API listing of {@code data/} holding these files; each served raw. */
  private byte[] listing(String repo, List<Path> files) {
    ArrayNode list = JSON.createArrayNode();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String raw = "/raw/" + repo + "/main/data/" + name;
      server.serve(raw, f, "text/plain; charset=utf-8");
      ObjectNode o = list.addObject();
      o.put("name", name);
      o.put("path", "data/" + name);
      o.put("sha", gitBlobSha(read(f)));
      o.put("size", read(f).length);
      o.put("url", server.baseUrl() + "/repos/" + repo + "/contents/data/" + name + "?ref=main");
      o.put("download_url", server.baseUrl() + raw);
      o.put("type", "file");
    }
    ObjectNode dir = list.addObject();
    dir.put("name", "archive");
    dir.put("path", "data/archive");
    dir.put("type", "dir");
    dir.putNull("download_url");
    return list.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The EOSAI repository as codeload zips it: its first {@code models} model YAMLs (by name), the
   * parameter files, the hidden .zenodo.json and a README and a workflow file to leave out.
   */
  public static byte[] eosaiZip(int models) {
    return ZIPS.computeIfAbsent("eosai-" + models, k -> makeEosaiZip(models)).clone();
  }

  private static byte[] makeEosaiZip(int models) {
    String top = "Language-Technology-Assessment-main-database-5a388e8/";
    List<String[]> entries = new ArrayList<>();
    entries.add(new String[] {top + "README.md", "# main-database\n"});
    entries.add(new String[] {top + ".github/workflows/check.yml", "on: push\n"});
    int n = 0;
    for (Path f : files("eosai-index", "")) {
      String name = f.getFileName().toString();
      boolean model = name.endsWith(".yaml");
      if (model && n++ >= models) {
        continue;
      }
      entries.add(new String[] {top + name, f.toString()});
    }
    try (Stream<Path> hidden = Files.list(SharedData.raw("eosai-index"))) {
      hidden
          .filter(p -> p.getFileName().toString().startsWith("."))
          .forEach(p -> entries.add(new String[] {top + p.getFileName(), p.toString()}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip(entries);
  }

  /** The MOF repository as codeload zips it: its first {@code models} model files, and others. */
  public static byte[] mofZip(int models) {
    return ZIPS.computeIfAbsent("mof-" + models, k -> makeMofZip(models)).clone();
  }

  private static byte[] makeMofZip(int models) {
    String top = "lfai-model_openness_tool-8b5d30e/";
    List<String[]> entries = new ArrayList<>();
    entries.add(new String[] {top + "README.md", "# Model Openness Tool\n"});
    entries.add(
        new String[] {
          top + "schema/mof_schema.json",
          SharedData.raw("mof-model-openness-tool/mof_schema.json").toString()
        });
    entries.add(new String[] {top + "models/", null});
    int n = 0;
    for (Path f : files("mof-model-openness-tool/models", "")) {
      if (n++ < models) {
        entries.add(new String[] {top + "models/" + f.getFileName(), f.toString()});
      }
    }
    return zip(entries);
  }

  /** A zip of entries {name, file path or literal text}; a null content makes a folder entry. */
  private static byte[] zip(List<String[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String[] e : entries) {
        zip.putNextEntry(new ZipEntry(e[0]));
        if (e[1] != null) {
          Path p = Path.of(e[1]);
          zip.write(
              p.isAbsolute() && Files.isRegularFile(p)
                  ? Files.readAllBytes(p)
                  : e[1].getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] raw(String path) {
    return read(SharedData.raw(path));
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Git's blob id: SHA-1 of "blob LENGTH\0" and the bytes, as the contents API gives it. */
  static String gitBlobSha(byte[] bytes) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha1.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
