package org.observatory.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.testing.SharedData;

/**
 * Every organisation among the Hub authors of the real data has a registry row.
 *
 * <p>{@code origin/hub-organisations.csv} ({@code author,judged_as,source_file,note}) holds the
 * authors that were judged by hand. It was produced from the Hub files of {@code
 * ../shared/data/raw} as follows (see {@link HubAuthorDownloads} for how downloads are summed):
 *
 * <ol>
 *   <li>every author of {@code model_info.csv} with at least the downloads of the 300th author by
 *       downloads (ties included: 300 authors), in that order;
 *   <li>then every author of the model-tree files with at least the downloads of the 100th (105
 *       authors, as 6 tie at 8 downloads), in that order, unless already listed;
 *   <li>then the owners of {@code hf_models_by_author.csv}, unless already listed;
 *   <li>then the organisations found with modest effort beyond those ranks: authors ranked 301 to
 *       1,000 in {@code model_info.csv} and beyond rank 105 in the model-tree files whose handle
 *       names a lab, university or company, and authors whose handle equals an Epoch AI
 *       organisation name (0-download squatters such as {@code mit} left out).
 * </ol>
 *
 * <p>Each author is judged {@code organisation} (company, university or lab, non-profit, government
 * body, open collective: it must have a row), {@code organisation-unplaced} (an organisation whose
 * country no source gives and public knowledge does not settle: it must have no row, so that
 * whoever places it also updates the list; NOTICE.md lists them) or {@code individual} (a person,
 * an anonymous uploader, or an account not identified as an organisation: it may only have a row of
 * kind individual). The note says why, where that is not obvious.
 */
class HubOrganisationsTest {
  private static final String LIST = "origin/hub-organisations.csv";
  private static final String MAJOR_ORGS = "hf-major-orgs-gabtos/hf_models_by_author.csv";

  private static List<Judgement> judgements;
  private static Map<String, Double> liang;
  private static Map<String, Double> trees;

  private final OriginRegistry registry = OriginRegistry.bundled();

  record Judgement(String author, String judgedAs, String sourceFile, String note) {}

  @BeforeAll
  static void read() throws IOException {
    judgements = new ArrayList<>();
    try (InputStream in = HubOrganisationsTest.class.getClassLoader().getResourceAsStream(LIST);
        CSVParser csv =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : csv) {
        judgements.add(
            new Judgement(
                r.get("author"), r.get("judged_as"), r.get("source_file"), r.get("note")));
      }
    }
    liang = HubAuthorDownloads.liang();
    trees = HubAuthorDownloads.trees();
  }

  @Test
  void everyJudgedOrganisationHasARegistryRow() {
    List<Judgement> organisations = judged("organisation");
    assertThat(organisations).hasSizeGreaterThan(200);
    assertThat(organisations)
        .allSatisfy(
            j ->
                assertThat(registry.lookup(j.author()))
                    .as(j.author())
                    .hasValueSatisfying(
                        row -> assertThat(row.kind()).isNotEqualTo(OrgKind.INDIVIDUAL)));
  }

  @Test
  void unplacedOrganisationsHaveNoRowAndIndividualsNoOrganisationRow() {
    assertThat(judged("organisation-unplaced"))
        .isNotEmpty()
        .allSatisfy(j -> assertThat(registry.lookup(j.author())).as(j.author()).isEmpty());
    assertThat(judged("individual"))
        .allSatisfy(
            j ->
                assertThat(registry.lookup(j.author()).map(Origin::kind).orElse(OrgKind.INDIVIDUAL))
                    .as(j.author())
                    .isEqualTo(OrgKind.INDIVIDUAL));
  }

  @Test
  void theListJudgesEveryTopAuthorByDownloadsOnce() {
    Set<String> listed = new HashSet<>();
    for (Judgement j : judgements) {
      assertThat(listed.add(j.author())).as("listed twice: " + j.author()).isTrue();
      assertThat(j.judgedAs())
          .as(j.author())
          .isIn("organisation", "organisation-unplaced", "individual");
    }
    assertThat(HubAuthorDownloads.top(liang, 300)).hasSize(300).allMatch(listed::contains);
    assertThat(HubAuthorDownloads.top(trees, 100)).hasSize(105).allMatch(listed::contains);
  }

  @Test
  void everyListedAuthorIsAnAuthorOfItsSourceFile() throws IOException {
    Set<String> owners = new TreeSet<>();
    try (CSVParser csv = OriginRegistryTest.parse(SharedData.raw(MAJOR_ORGS))) {
      csv.forEach(r -> owners.add(r.get("owner")));
    }
    Map<String, Set<String>> authorsOf =
        Map.of(
            HubAuthorDownloads.LIANG,
            liang.keySet(),
            HubAuthorDownloads.TREES,
            trees.keySet(),
            MAJOR_ORGS,
            owners);
    assertThat(judgements)
        .allSatisfy(
            j -> assertThat(authorsOf.get(j.sourceFile())).as(j.author()).contains(j.author()));
  }

  @Test
  void everyOrganisationOfTheKbLabFilesHasARow() throws IOException {
    Set<String> organisations = new TreeSet<>();
    try (var files = Files.list(SharedData.raw("hf-kblab-monthly-downloads/models"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        try (CSVParser csv = OriginRegistryTest.parse(file)) {
          csv.forEach(r -> organisations.add(r.get("organization")));
        }
      }
    }
    assertThat(organisations).containsExactly("KB", "KBLab");
    assertThat(organisations).allSatisfy(o -> assertThat(registry.originOf(o)).isEqualTo("SE"));
  }

  /**
   * A floor under the share of downloads whose author has a row, so that a change that loses rows
   * shows. With registry version 2026-11-29.2: 83.8 % of {@code model_info.csv} downloads (69.1 %
   * before it), 99.2 % of the model-tree downloads (98.9 % before).
   */
  @Test
  void mostDownloadsAreAttributed() {
    assertThat(attributedShare(liang)).isGreaterThan(0.83);
    assertThat(attributedShare(trees)).isGreaterThan(0.99);
  }

  private double attributedShare(Map<String, Double> downloads) {
    double all = 0;
    double attributed = 0;
    for (Map.Entry<String, Double> e : downloads.entrySet()) {
      all += e.getValue();
      if (registry.lookup(e.getKey()).isPresent()) {
        attributed += e.getValue();
      }
    }
    return attributed / all;
  }

  private static List<Judgement> judged(String judgedAs) {
    return judgements.stream().filter(j -> j.judgedAs().equals(judgedAs)).toList();
  }
}
