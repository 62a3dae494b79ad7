package org.observatory.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.observatory.license.LicenseClassifier;
import org.observatory.model.BadInputException;
import org.observatory.testing.SharedData;

/** Reading EOSAI and MOF files: fields, comment tags, Hub links, and bad input named by line. */
class EosaiParserTest {
  private static final Path EOSAI = SharedData.raw("eosai-index");

  private static EosaiDocument parse(String file) throws IOException {
    return EosaiParser.parse(Files.readString(EOSAI.resolve(file)), file);
  }

  @Test
  void anEntryGivesItsFieldsCommentTagsAndClasses() throws IOException {
    EosaiEntry olmo = (EosaiEntry) parse("AMD OLMo.yaml");

    assertThat(olmo.name()).isEqualTo("AMD OLMo");
    assertThat(olmo.endModelLicense()).isEqualTo("Apache-2.0");
    assertThat(olmo.releaseDate()).isEqualTo("2024-10");
    assertThat(olmo.orgName()).isEqualTo("AMD");
    assertThat(olmo.nationalOrigin()).isEqualTo("United States");
    assertThat(olmo.contributorType()).isEqualTo("Non-academic (Company)");
    assertThat(olmo.origin()).contains("US");
    assertThat(olmo.dimensions()).hasSize(12);
    assertThat(olmo.openness("preprint")).isEqualTo("closed");
    assertThat(olmo.hubOrg()).contains("amd");
  }

  @Test
  void theOtherFilesAreParametersDescriptionsAndTheTemplate() throws IOException {
    EosaiParameters p = (EosaiParameters) parse("_parameters.yml");
    assertThat(p.parameters()).hasSize(12);
    assertThat(p.parameters().get(0).groupRef()).isEqualTo("availability");
    assertThat(p.parameters().get(11).ref()).isEqualTo("licenses");

    EosaiDescriptions d = (EosaiDescriptions) parse("_parameters-descriptions.yml");
    assertThat(d.english()).containsKey("weights_endmodel");

    assertThat(parse("a_submission_template.yaml")).isInstanceOf(EosaiDocument.Template.class);
  }

  @Test
  void originTagsWithTrailingSpacesAndInternationalAreRead() throws IOException {
    assertThat(((EosaiEntry) parse("bloomz.yaml")).origin()).contains("INTL");
    assertThat(((EosaiEntry) parse("KimiK2.5.yaml")).origin()).isEmpty();
  }

  @Test
  void aFamilyBuiltOnAnotherMakersBaseModelLinksOnlyItsOwnModels() throws IOException {
    EosaiEntry fietje = (EosaiEntry) parse("Fietje.yaml");

    assertThat(fietje.hubLinks())
        .extracting(l -> l.id().value())
        .isNotEmpty()
        .allMatch(id -> id.startsWith("BramVanroy/"))
        .doesNotContain("microsoft/phi-2");
  }

  @Test
  void hubUrlsBecomeOrgSlashName() {
    assertThat(HubUrl.parse("https://huggingface.co/amd/AMD-OLMo-1B/tree/main?x=1").orElseThrow())
        .isEqualTo(
            new HubUrl("amd", org.observatory.model.HubId.parse("amd/AMD-OLMo-1B").orElseThrow()));
    assertThat(HubUrl.parse("https://huggingface.co/ali-vilab").orElseThrow().model()).isNull();
    assertThat(HubUrl.parse("https://huggingface.co/datasets/allenai/dolma")).isEmpty();
    assertThat(HubUrl.parse("https://github.com/allenai/OLMo")).isEmpty();
    assertThat(HubUrl.idOf("Deepseek-Coder-33B-Base")).isEmpty();
  }

  @Test
  void anUnknownClassNamesItsLine() throws IOException {
    String text =
        Files.readString(EOSAI.resolve("AMD OLMo.yaml"))
            .replaceFirst("(?m)^(trainingcode:\\n\\s+class:) open", "$1 mostly-open");

    assertThatThrownBy(() -> EosaiParser.parse(text, "olmo.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "olmo.yaml, line 58: dimension trainingcode has the unknown class 'mostly-open' (open,"
                + " partial or closed)");
  }

  @Test
  void brokenYamlNamesItsLine() {
    String text = "system:\n    name: X\n  link: [unclosed\norg:\n    name: Y\n";

    assertThatThrownBy(() -> EosaiParser.parse(text, "broken.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("broken.yaml, line 3: not valid YAML");
  }

  @Test
  void aMofFileOfTheWrongShapeNamesItsLine() throws IOException {
    MofFramework framework = MofFramework.bundled(LicenseClassifier.bundled());
    String r1 = Files.readString(SharedData.raw("mof-model-openness-tool/models/DeepSeek-R1.yml"));

    assertThatThrownBy(
            () ->
                MofParser.parse(
                    r1.replace("'Model card'", "'Model postcard'"), "r1.yml", framework))
        .isInstanceOf(BadInputException.class)
        .hasMessage("r1.yml, line 39: component 7 'Model postcard' is not a MOF v1.0 component");
    assertThatThrownBy(
            () ->
                MofParser.parse(
                    r1.replaceFirst("(?s)  components:.*", "  components: none\n"),
                    "r1.yml",
                    framework))
        .isInstanceOf(BadInputException.class)
        .hasMessage("r1.yml, line 20: release.components is not a list");
    assertThatThrownBy(() -> MofParser.parse("framework: {}\n", "x.yml", framework))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a MOF model file");
  }
}
