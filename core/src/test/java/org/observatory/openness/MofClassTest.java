package org.observatory.openness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.observatory.license.LicenseClassifier;
import org.observatory.testing.SharedData;

/**
 * MOF classes by the Model Openness Tool's rules, on the real model files of
 * lfai/model_openness_tool @ 8b5d30e9 and on small made-up releases.
 */
class MofClassTest {
  private static final Path MODELS = SharedData.raw("mof-model-openness-tool/models");
  private static final MofFramework FRAMEWORK = MofFramework.bundled(LicenseClassifier.bundled());
  private static final MofClassifier CLASSIFIER = new MofClassifier(FRAMEWORK);

  private static MofEvaluation real(String file) throws IOException {
    Path f = MODELS.resolve(file);
    return CLASSIFIER.evaluate(MofParser.parse(Files.readString(f), f.toString(), FRAMEWORK));
  }

  private static MofEvaluation made(String license, String... components) {
    String yaml =
        "framework:\n  name: 'Model Openness Framework'\n  version: '1.0'\n  date: '2024-12-15'\n"
            + "release:\n  name: Made\n  producer: Test\n  license:\n"
            + license
            + "  components:\n"
            + Stream.of(components)
                .map(c -> "    -\n      name: '" + c.replace(";", "'\n      license: '") + "'\n")
                .collect(Collectors.joining());
    return CLASSIFIER.evaluate(MofParser.parse(yaml, "made.yml", FRAMEWORK));
  }

  @Test
  void deepSeekV3IsNotClassIIIBecauseItsWeightsAreUnderTheDeepSeekLicense() throws IOException {
    MofEvaluation v3 = real("DeepSeek-V3.yml");

    assertThat(v3.mofClass()).isNull();
    assertThat(v3.conditional()).isFalse();
    assertThat(v3.included(MofClassifier.WEIGHTS).orElseThrow())
        .satisfies(
            w -> {
              assertThat(w.license()).isEqualTo("DeepSeek License Agreement");
              assertThat(w.status()).isEqualTo(MofEvaluation.Status.NOT_OPEN);
            });
    assertThat(v3.note())
        .startsWith("Class III lacks:")
        .contains("Model parameters (Final) (license not open)")
        .contains("Data card (not listed)");
  }

  @Test
  void deepSeekR1IsClassIIIByItsMitWeights() throws IOException {
    MofEvaluation r1 = real("DeepSeek-R1.yml");

    assertThat(r1.mofClass()).isEqualTo("III");
    // the components without a license of their own take the release's distribution license, MIT
    assertThat(r1.included(MofClassifier.WEIGHTS).orElseThrow().license()).isEqualTo("MIT");
    // R1 lists no data card: Class III is met by the MOT's conditional pass on the weights
    assertThat(r1.conditional()).isTrue();
    assertThat(r1.note()).contains("conditional pass").contains("Data card (not listed)");
  }

  @Test
  void everyRealModelFileParsesAndGetsAClassOrUnclassified() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      assertThat(files.filter(f -> f.toString().endsWith(".yml")).count()).isEqualTo(273);
    }
    assertThat(real("OLMo-7B.yml").mofClass()).isEqualTo("I");
    assertThat(real("Amber.yml").mofClass()).isEqualTo("I");
  }

  @Test
  void aClassNeedsEveryRequiredComponentOfItAndTheClassesBelowUnderAnOpenLicense() {
    String apache = "    distribution:\n      name: Apache-2.0\n";
    String[] classIII = {
      "Model architecture",
      "Model parameters (Final)",
      "Technical report",
      "Evaluation results",
      "Model card",
      "Data card"
    };
    assertThat(made(apache, classIII).mofClass()).isEqualTo("III");
    assertThat(made(apache, classIII).conditional()).isFalse();

    String[] classII =
        Stream.concat(
                Stream.of(classIII),
                Stream.of("Training code", "Inference code", "Evaluation code", "Evaluation data"))
            .toArray(String[]::new);
    assertThat(made(apache, classII).mofClass()).isEqualTo("II");

    // a Research paper stands in for the Technical report
    String[] withPaper =
        Stream.of(classIII)
            .map(c -> c.equals("Technical report") ? "Research paper" : c)
            .toArray(String[]::new);
    assertThat(made(apache, withPaper).mofClass()).isEqualTo("III");

    // a non-open license on a required component (not the weights) leaves it unclassified
    String[] restrictedCard =
        Stream.of(classIII)
            .map(c -> c.equals("Model card") ? "Model card;CC-BY-NC-4.0" : c)
            .toArray(String[]::new);
    MofEvaluation nc = made(apache, restrictedCard);
    assertThat(nc.mofClass()).isEqualTo("III");
    assertThat(nc.conditional()).as("passes only by the Apache-2.0 weights").isTrue();

    // 'Component not included' means the component is absent
    String[] notIncluded =
        Stream.of(classIII)
            .map(c -> c.equals("Data card") ? "Data card;Component not included" : c)
            .toArray(String[]::new);
    assertThat(made("    distribution:\n      name: Llama-3.1-Community\n", notIncluded).mofClass())
        .isNull();
  }

  @Test
  void aComponentTakesTheLicenseOfItsContentTypeBeforeTheDistributionLicense() {
    MofEvaluation e =
        made(
            "    distribution:\n      name: Apache-2.0\n    document:\n      name: CC-BY-4.0\n",
            "Model card",
            "Model architecture",
            "Model parameters (Final);unlicensed");

    assertThat(e.included("Model card").orElseThrow().license()).isEqualTo("CC-BY-4.0");
    assertThat(e.included("Model card").orElseThrow().status())
        .isEqualTo(MofEvaluation.Status.OPEN);
    assertThat(e.included("Model architecture").orElseThrow().license()).isEqualTo("Apache-2.0");
    assertThat(e.included(MofClassifier.WEIGHTS).orElseThrow().status())
        .isEqualTo(MofEvaluation.Status.UNLICENSED);
    assertThat(e.mofClass()).isNull();
  }
}
