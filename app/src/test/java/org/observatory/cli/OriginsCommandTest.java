package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.origin.Origin;
import org.observatory.origin.OriginRegistry;
import org.observatory.testing.SharedData;

/**
 * {@code observatory origins}: the curation list of a real snapshot (the Llama-2-7b model tree of
 * April 2025) equals the unattributed authors and their downloads summed here from the raw CSV, and
 * {@code origins --check} validates override files, naming the bad line.
 */
class OriginsCommandTest {
  private static final String TREE =
      "hf-model-trees-oderinwale/Llama-2-7b_finetunes_20250422_201036.csv";

  @TempDir static Path tmp;
  private static String db;

  @BeforeAll
  static void ingest() {
    db = tmp.resolve("o.duckdb").toString();
    CliRun run = CliRun.of("ingest", "--db", db, SharedData.raw(TREE).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /**
   * Author → Σ downloads over the rows of the tree file, from each row's metadata JSON (rows whose
   * metadata is not JSON count with the id's owner and 0 downloads), for authors the registry does
   * not place and does not judge an individual.
   */
  private static Map<String, Double> unattributedFromTheRawFile() throws IOException {
    ObjectMapper json = new ObjectMapper();
    OriginRegistry registry = OriginRegistry.bundled();
    Map<String, Double> downloads = new HashMap<>();
    try (Reader in = Files.newBufferedReader(SharedData.raw(TREE))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String id = r.get("model_id").replace("https://huggingface.co/", "").strip();
        JsonNode meta;
        try {
          meta = json.readTree(r.get("metadata"));
        } catch (IOException e) {
          meta = json.missingNode();
        }
        String author = meta.path("author").asText(id.substring(0, id.indexOf('/')));
        boolean known = registry.lookup(author).isPresent();
        boolean placed = registry.lookup(author).map(Origin::placed).orElse(false);
        boolean individual =
            known && registry.lookup(author).get().kind().label().equals("individual");
        if (!placed && !individual) {
          downloads.merge(author.toLowerCase(), meta.path("downloads").asDouble(0), Double::sum);
        }
      }
    }
    return downloads;
  }

  @Test
  void theCsvListsTheLargestUnattributedAccountsAsTheRawFileHasThem() throws IOException {
    CliRun run = CliRun.of("origins", "--db", db, "--top", "5", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(run.out()))
            .getRecords();
    List<CSVRecord> byDownloads =
        rows.stream().filter(r -> r.get("ranked_by").equals("downloads")).toList();
    Map<String, Double> expected = unattributedFromTheRawFile();
    List<String> top =
        expected.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(5)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(byDownloads).hasSize(5);
    assertThat(byDownloads.stream().map(r -> r.get("author").toLowerCase()).toList())
        .isEqualTo(top);
    for (CSVRecord r : byDownloads) {
      assertThat(Double.parseDouble(r.get("downloads")))
          .as(r.get("author"))
          .isEqualTo(expected.get(r.get("author").toLowerCase()));
      assertThat(r.get("registry_kind")).isNotEqualTo("individual");
    }
    // every derivative of this tree has a placed root (meta-llama): no account to list by them
    assertThat(rows).noneSatisfy(r -> assertThat(r.get("ranked_by")).isEqualTo("derivatives"));
    assertThat(run.out()).doesNotContainPattern("[0-9]E[0-9]");
  }

  /** With meta-llama not placed (an override), it leads the list by derivatives on its models. */
  @Test
  void anUnplacedRootAccountLeadsTheListByDerivatives() throws IOException {
    Path unplace =
        Files.writeString(
            tmp.resolve("unplace.csv"),
            "author,origin,org_name,kind,source\nmeta-llama,,Meta,company,manual: not placed: test\n");
    CliRun run =
        CliRun.of(
            "origins",
            "--db",
            db,
            "--top",
            "3",
            "--format",
            "csv",
            "--origins",
            unplace.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord first =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(run.out()))
            .getRecords()
            .stream()
            .filter(r -> r.get("ranked_by").equals("derivatives"))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("author")).isEqualTo("meta-llama");
    assertThat(first.get("rank")).isEqualTo("1");
    assertThat(Double.parseDouble(first.get("derivative_share"))).isGreaterThan(0.9);
    assertThat(first.get("registry_kind")).isEqualTo("company");
  }

  @Test
  void theTableSaysWhatIsLeftAndHowToPlaceIt() {
    CliRun run = CliRun.of("origins", "--db", db, "--top", "3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("UNATTRIBUTED accounts of the snapshot of 2025-04-22")
        .contains("By 30-day downloads:")
        .contains("By derivatives on their models")
        .contains("judged individuals by the registry")
        .contains("origins --check FILE");
  }

  @Test
  void anOverrideFilePlacesAnAccountAndItLeavesTheList() throws IOException {
    String first =
        CliRun.of("origins", "--db", db, "--top", "1", "--format", "csv")
            .out()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .split(",")[3];
    Path mine =
        Files.writeString(
            tmp.resolve("mine.csv"),
            "author,origin,org_name,kind,source\n" + first + ",NZ,Test Org,company,manual: test\n");
    CliRun check = CliRun.of("origins", "--check", mine.toString());
    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.out()).contains("1 rows valid").contains("NZ 1");

    CliRun after =
        CliRun.of("origins", "--db", db, "--top", "50", "--format", "csv", "--origins", "" + mine);
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).doesNotContain("," + first + ",");
  }

  /**
   * One {@code --origins FILE} option on every command that places authors: each reads the same
   * file the same way and refuses a bad row naming the file and line (exit 3).
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"report", "export", "explain", "claims", "origins"})
  void everyCommandThatPlacesAuthorsReadsTheSameOverrideFile(String command) throws IOException {
    Path bad =
        Files.writeString(
            tmp.resolve("bad-" + command + ".csv"),
            "author,origin,org_name,kind,source\nacme,XX,Acme,company,manual: x\n");
    List<String> args =
        new java.util.ArrayList<>(List.of(command, "--db", db, "--origins", bad.toString()));
    if (command.equals("export")) {
      args.addAll(List.of("--out", tmp.resolve("export-" + command).toString()));
    }
    if (command.equals("explain")) {
      args.add("meta-llama/Llama-2-7b-hf");
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.err()).contains(bad.getFileName().toString()).contains("line 2: origin 'XX'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "acme,XX,Acme,company,manual: x             | line 3: origin 'XX'",
        "acme,US,Acme,company,                      | line 3: source is empty",
        "ACME-LAB,US,Acme,company,manual: x         | line 3: author 'ACME-LAB' is already on line 2",
        "someone,US,Some One,individual,manual: x   | line 3: an individual is not placed",
        "acme,US,Acme,startup,manual: x             | line 3: unknown kind 'startup'",
      })
  void checkNamesTheBadLineAndExitsThree(String row, String message) throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("bad.csv"),
            "author,origin,org_name,kind,source\nacme-lab,DE,Acme Lab,lab,manual: x\n"
                + row
                + "\n");
    CliRun run = CliRun.of("origins", "--check", file.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("bad.csv, " + message.strip());
  }

  @Test
  void withoutADatabaseOrACheckItIsAUsageError() {
    assertThat(CliRun.of("origins").exitCode()).isEqualTo(2);
  }
}
