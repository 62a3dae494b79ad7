package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;

/**
 * The openness datasets through {@code observatory ingest}, {@code snapshots} and {@code report}:
 * the real EOSAI and MOF files load, indicator 11 shows them, and bad files exit 3 naming file and
 * line with the database left exactly as it was.
 */
class OpennessCommandTest {
  private static final Path EOSAI = SharedData.raw("eosai-index");
  private static final Path MOF = SharedData.raw("mof-model-openness-tool/models");

  @TempDir Path tmp;
  private String db;

  @BeforeEach
  void seed() {
    db = tmp.resolve("o.duckdb").toString();
  }

  private String listing() {
    CliRun run = CliRun.of("snapshots", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  private void ingestOk(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "ingest";
    args[1] = "--db";
    args[2] = db;
    System.arraycopy(paths, 0, args, 3, paths.length);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void theRealFilesLoadAndTheReportShowsOpennessOfTheSnapshotsModels() throws IOException {
    CliRun eosai = CliRun.of("ingest", "--db", db, EOSAI.toString(), MOF.toString());
    assertThat(eosai.exitCode()).as(eosai.err()).isZero();
    assertThat(eosai.out())
        .contains("Ingested 469 file(s): 491 records read, 490 stored, 1 skipped")
        .contains("submission template: no system name (the index skips it too)");
    assertThat(listing())
        .containsPattern("eosai\\s+-\\s+1\\s+AMD OLMo.yaml")
        .containsPattern("eosai\\s+-\\s+12\\s+_parameters.yml")
        .containsPattern("mof\\s+-\\s+1\\s+DeepSeek-R1.yml");
    ingestOk(
        SharedData.raw("hf-model-trees-oderinwale/DeepSeek-V3_finetunes_20250422_220003.csv")
            .toString());

    CliRun report = CliRun.of("report", "--db", db, "--format", "json");
    assertThat(report.exitCode()).as(report.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.out());
    JsonNode v3 = family(json, "DeepSeek-V3");
    assertThat(v3.get("mof_class").asText()).isEqualTo("unclassified");
    assertThat(v3.get("linked_models").asLong()).isEqualTo(81);
    assertThat(v3.get("origin").asText()).isEqualTo("CN");
    JsonNode r1 = family(json, "DeepSeek R1");
    assertThat(r1.get("mof_class").asText()).isEqualTo("III");
    assertThat(r1.get("mof_releases").asText()).isEqualTo("DeepSeek-R1 (III, conditional pass)");
    assertThat(r1.get("osaid").asText()).isEqualTo("does not meet");
    JsonNode us = json.get("openness_by_origin").get(0);
    assertThat(us.get("origin").asText()).isEqualTo("US");
    assertThat(us.get("mean_eosai_score").asDouble()).isCloseTo(0.479, within(0.0005));
    assertThat(json.at("/meta/openness/credits").toString())
        .contains("doi:10.5281/zenodo.15386042");

    CliRun table = CliRun.of("report", "--db", db, "--format", "table");
    assertThat(table.out()).contains("11. Openness by origin  [openness_by_origin]");
  }

  private static JsonNode family(JsonNode json, String name) {
    for (JsonNode row : json.get("openness")) {
      if (row.get("family").asText().equals(name)) {
        return row;
      }
    }
    throw new AssertionError("no family " + name);
  }

  @Test
  void anUnknownClassOrBrokenYamlExitsThreeAndStoresNothing() throws IOException {
    ingestOk(EOSAI.resolve("BERT.yaml").toString());
    String before = listing();
    Path good = Files.copy(EOSAI.resolve("AMD OLMo.yaml"), tmp.resolve("AMD OLMo.yaml"));
    String olmo = Files.readString(good);

    Path unknown =
        Files.writeString(
            tmp.resolve("olmo-unknown.yaml"),
            olmo.replaceFirst("(?m)^(trainingcode:\\n\\s+class:) open", "$1 mostly"));
    CliRun run = CliRun.of("ingest", "--db", db, good.toString(), unknown.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("olmo-unknown.yaml, line 58")
        .contains("dimension trainingcode has the unknown class 'mostly'");
    assertThat(listing()).isEqualTo(before);

    Path broken =
        Files.writeString(
            tmp.resolve("olmo-broken.yaml"),
            olmo.replace("    notes: Training code shared on GitHub.", "  notes: [unclosed"));
    run = CliRun.of("ingest", "--db", db, good.toString(), broken.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("olmo-broken.yaml, line 60").contains("not valid YAML");
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void aMofFileOfTheWrongShapeExitsThreeAndStoresNothing() throws IOException {
    ingestOk(MOF.resolve("DeepSeek-V3.yml").toString());
    String before = listing();
    String r1 = Files.readString(MOF.resolve("DeepSeek-R1.yml"));

    Path wrong =
        Files.writeString(
            tmp.resolve("r1-wrong.yml"), r1.replace("'Model card'", "'Model postcard'"));
    CliRun run =
        CliRun.of(
            "ingest", "--db", db, MOF.resolve("DeepSeek-R1.yml").toString(), wrong.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("r1-wrong.yml, line 39")
        .contains("'Model postcard' is not a MOF v1.0 component");
    assertThat(listing()).isEqualTo(before);

    Path flat =
        Files.writeString(
            tmp.resolve("r1-flat.yml"),
            r1.replaceFirst("(?s)  components:.*", "  components: 3\n"));
    run = CliRun.of("ingest", "--db", db, "--format", "mof", flat.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("r1-flat.yml, line 20").contains("not a list");
    assertThat(listing()).isEqualTo(before);
  }
}
