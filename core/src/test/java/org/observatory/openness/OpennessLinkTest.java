package org.observatory.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.report.Report;

/**
 * Indicator 11 on made-up files (see FIXTURES.md): families, their Hub models, the snapshot's
 * models linked to them by own id or root (1/k for k roots), origins and the summary by origin.
 */
class OpennessLinkTest {
  private static Report report;

  @BeforeAll
  static void build() {
    report =
        OpennessReports.build(
            OpennessReports.resource("/openness/linked-snapshot.jsonl"),
            OpennessReports.resource("/openness/acme.yaml"),
            OpennessReports.resource("/openness/fine.yaml"),
            OpennessReports.resource("/openness/other.yml"));
  }

  private static Map<String, Object> family(String name) {
    return report.indicator("openness").rows().stream()
        .filter(r -> r.get("family").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> origin(String code) {
    return report.indicator("openness_by_origin").rows().stream()
        .filter(r -> r.get("origin").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void familiesAreOrderedByTheDownloadsOfTheirLinkedModels() {
    assertThat(report.indicator("openness").rows())
        .extracting(r -> r.get("family"))
        .containsExactly("Acme Base", "Other-1B", "Fine");
  }

  @Test
  void aFamilyClaimsItsOwnModelsTheirDescendantsAndHalfOfAMergeWithAnotherRoot() {
    Map<String, Object> acme = family("Acme Base");

    assertThat(acme.get("hub_models")).isEqualTo(List.of("acme/Base-7B", "acme/Base-7B-Instruct"));
    // Base-7B 1000 + Instruct 500 + GGUF 100 (root Base-7B) + merge 40 x 1/2
    assertThat(acme.get("linked_models")).isEqualTo(4L);
    assertThat((double) acme.get("linked_downloads")).isEqualTo(1620.0);
    assertThat(acme.get("origin")).isEqualTo("DE");
    assertThat(acme.get("origin_source")).isEqualTo("eosai");
    // 12 dimensions: 7 open, 2 partial, preprint blank (0), 2 closed
    assertThat((double) acme.get("eosai_score")).isCloseTo(8.0 / 12, within(1e-12));
    assertThat(acme.get("osaid")).isEqualTo("meets");
    assertThat(acme.get("mof_class")).isNull();
  }

  @Test
  void aFamilyOnAnotherMakersBaseModelDoesNotClaimIt() {
    Map<String, Object> fine = family("Fine");

    assertThat(fine.get("hub_models")).isEqualTo(List.of("fineorg/Fine-1"));
    assertThat(fine.get("linked_models")).isEqualTo(0L);
    // missing dimensions count 0: (open + open + partial) / 12
    assertThat((double) fine.get("eosai_score")).isCloseTo(2.5 / 12, within(1e-12));
    assertThat(fine.get("osaid")).isEqualTo("does not meet");
    assertThat((String) fine.get("osaid_reason"))
        .startsWith("weights under a non-OSI license (Llama 3.1 Community License Agreement");
  }

  @Test
  void aMofReleaseNoEosaiFamilyClaimsIsAFamilyOfItsOwn() {
    Map<String, Object> other = family("Other-1B");

    assertThat(other.get("source")).isEqualTo("mof");
    assertThat(other.get("eosai_score")).isNull();
    assertThat(other.get("mof_class")).isEqualTo("III");
    assertThat(other.get("mof_releases")).isEqualTo("Other-1B (III, conditional pass)");
    assertThat(other.get("origin")).isEqualTo("UNATTRIBUTED");
    // Other-1B 10 + merge 40 x 1/2
    assertThat((double) other.get("linked_downloads")).isEqualTo(30.0);
  }

  @Test
  void theSummaryByOriginWeightsScoresByLinkedDownloads() {
    Map<String, Object> de = origin("DE");
    assertThat(de.get("families")).isEqualTo(1L);
    assertThat((double) de.get("download_weighted_score")).isCloseTo(8.0 / 12, within(1e-12));
    assertThat(origin("FR").get("download_weighted_score")).as("no linked downloads").isNull();
    assertThat(origin("UNATTRIBUTED").get("mean_eosai_score")).isNull();
    assertThat(origin("UNATTRIBUTED").get("mof_classified")).isEqualTo(1L);
  }

  @Test
  void theMetaGivesTheOpennessScopeAndCredits() {
    var openness = report.indicator("openness");
    assertThat(openness.scope())
        .startsWith("2 EOSAI model entries scored on 12 dimensions and 1 MOF releases (0 joined");
    assertThat(String.join(" ", openness.spec().credits()))
        .contains("CC BY 4.0", "doi:10.5281/zenodo.15386042", "MIT", "LF AI & Data");
    assertThat(openness.note()).isNull();
  }

  @Test
  void withoutOpennessDataTheIndicatorIsEmptyWithANote() {
    Report bare =
        OpennessReports.build(OpennessReports.resource("/openness/linked-snapshot.jsonl"));

    assertThat(bare.indicator("openness").rows()).isEmpty();
    assertThat(bare.indicator("openness_by_origin").rows()).isEmpty();
    assertThat(bare.indicator("openness").note()).startsWith("No openness data loaded");
  }
}
