package org.observatory.openness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.observatory.license.LicenseClass;
import org.observatory.license.LicenseClassifier;
import org.observatory.license.LicenseVerdict;
import org.observatory.testing.SharedData;

/** The OSAID 1.0 verdicts, from EOSAI dimensions and from MOF components. */
class OsaidRuleTest {
  private static final LicenseClassifier LICENSES = LicenseClassifier.bundled();
  private static final OsaidRule RULE = new OsaidRule(LICENSES);
  private static final Path EOSAI = SharedData.raw("eosai-index");

  private static EosaiEntry entry(String file) throws IOException {
    Path f = EOSAI.resolve(file);
    return (EosaiEntry) EosaiParser.parse(Files.readString(f), f.toString());
  }

  private static EosaiEntry made(String license, String... classes) {
    List<String> refs =
        List.of(
            "weights_endmodel",
            "weights_basemodel",
            "trainingcode",
            "licenses",
            "datasources_basemodel",
            "datasources_endmodel");
    List<EosaiEntry.Dimension> dims =
        java.util.stream.IntStream.range(0, refs.size())
            .mapToObj(i -> new EosaiEntry.Dimension(refs.get(i), classes[i], List.of()))
            .toList();
    return new EosaiEntry(
        "Made", null, "text", null, null, null, license, null, null, null, null, null, dims);
  }

  @Test
  void openWeightsCodeAndDataUnderAnOsiLicenseMeet() throws IOException {
    OsaidVerdict olmo = RULE.of(entry("AMD OLMo.yaml"));

    assertThat(olmo.verdict()).isEqualTo(OsaidVerdict.MEETS);
    assertThat(olmo.reason()).startsWith("weights under Apache-2.0 (OSI-approved)");
  }

  @Test
  void weightsUnderARestrictedLicenseDoNotMeet() throws IOException {
    OsaidVerdict r1 = RULE.of(entry("deepseek-R1.yaml"));

    assertThat(r1.verdict()).isEqualTo(OsaidVerdict.DOES_NOT_MEET);
    assertThat(r1.reason())
        .startsWith(
            "weights under a non-OSI license (DeepSeek License Agreement: restricted-open-weights)");
    assertThat(
            RULE.of(
                    made(
                        "Llama 3.1 Community License Agreement",
                        "open",
                        "open",
                        "open",
                        "open",
                        "open",
                        "open"))
                .reason())
        .isEqualTo(
            "weights under a non-OSI license (Llama 3.1 Community License Agreement:"
                + " restricted-open-weights)");
  }

  @Test
  void anUnknownOrMissingLicenseIsInsufficientInformation() {
    String[] allOpen = {"open", "open", "open", "open", "open", "open"};
    assertThat(RULE.of(made(null, allOpen)))
        .isEqualTo(new OsaidVerdict(OsaidVerdict.INSUFFICIENT, "no end-model license stated"));
    assertThat(RULE.of(made("Purposely left ambiguous", allOpen)).verdict())
        .isEqualTo(OsaidVerdict.INSUFFICIENT);
    // a failed requirement outweighs one that cannot be told
    assertThat(RULE.of(made(null, "open", "open", "closed", "open", "open", "open")).verdict())
        .isEqualTo(OsaidVerdict.DOES_NOT_MEET);
  }

  @Test
  void dataSourcesOnlyPartlyDocumentedDoNotMeet() {
    OsaidVerdict v =
        RULE.of(made("MIT License", "open", "open", "open", "open", "partial", "open"));

    assertThat(v.verdict()).isEqualTo(OsaidVerdict.DOES_NOT_MEET);
    assertThat(v.reason())
        .isEqualTo("training data not fully documented (datasources_basemodel: partial)");
  }

  @Test
  void licensesJoinedByAndTakeTheLeastOpenPart() {
    assertThat(RULE.classOf("Apache-2.0 and CC-BY-NC-4.0 and additional terms"))
        .isEqualTo(LicenseClass.NON_COMMERCIAL);
    assertThat(RULE.classOf("Apache-2.0 and MIT")).isEqualTo(LicenseClass.OSI_APPROVED);
    assertThat(RULE.classOf("Apache-2.0 and Community License for Baichuan2 Model"))
        .isEqualTo(LicenseClass.UNKNOWN);
  }

  @Test
  void everySpellingInTheNamesTableNamesARowOfTheLicenseTable() throws IOException {
    Set<String> hubIds =
        LICENSES.all().stream().map(LicenseVerdict::hubLicense).collect(Collectors.toSet());
    try (InputStream in =
        OsaidRuleTest.class.getClassLoader().getResourceAsStream("openness/license-names.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        assertThat(hubIds).as(line).contains(line.split(",")[1]);
      }
    }
  }

  @Test
  void aMofReleaseMeetsOnlyWithOsiWeightsAndCodeAndDataInformation() throws IOException {
    MofFramework framework = MofFramework.bundled(LICENSES);
    MofClassifier classifier = new MofClassifier(framework);
    Path olmo = SharedData.raw("mof-model-openness-tool/models/OLMo-7B.yml");
    MofEvaluation e =
        classifier.evaluate(MofParser.parse(Files.readString(olmo), olmo.toString(), framework));

    assertThat(RULE.of(e).verdict()).isEqualTo(OsaidVerdict.MEETS);
    Path v3 = SharedData.raw("mof-model-openness-tool/models/DeepSeek-V3.yml");
    OsaidVerdict deepseek =
        RULE.of(
            classifier.evaluate(MofParser.parse(Files.readString(v3), v3.toString(), framework)));
    assertThat(deepseek.verdict()).isEqualTo(OsaidVerdict.DOES_NOT_MEET);
    assertThat(deepseek.reason()).startsWith("weights under a non-OSI license (DeepSeek License");
  }
}
