package org.observatory.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.testing.SharedData;

/**
 * The bundled {@code license/licenses.csv} checked against the real SPDX License List, ScanCode
 * LicenseDB and hub-docs files in {@code ../shared/data/raw}, by the class rules of {@code
 * license/NOTICE.md}.
 */
class LicenseTableSourcesTest {
  static final CSVFormat CSV =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .get();

  /** ScanCode categories that mean "no limits on use" (rule 2 of NOTICE.md). */
  private static final Set<String> FREE_CATEGORIES = Set.of("Permissive", "Public Domain");

  /** ScanCode categories that restrict use (rule 3 of NOTICE.md). */
  private static final Set<String> RESTRICTING_CATEGORIES =
      Set.of("Proprietary Free", "Source-available", "Free Restricted", "Commercial");

  private static final LicenseTable TABLE = LicenseTable.bundled();
  private static Map<String, JsonNode> spdx;
  private static Map<String, JsonNode> scancodeBySpdxKey;

  @BeforeAll
  static void readSources() throws IOException {
    ObjectMapper json = new ObjectMapper();
    spdx = new HashMap<>();
    for (JsonNode l :
        json.readTree(SharedData.raw("spdx-license-list/licenses.json").toFile()).get("licenses")) {
      spdx.put(l.get("licenseId").asText(), l);
    }
    scancodeBySpdxKey = new HashMap<>();
    for (JsonNode l : json.readTree(SharedData.raw("scancode-licensedb/index.json").toFile())) {
      if (!l.get("is_deprecated").asBoolean() && l.hasNonNull("spdx_license_key")) {
        scancodeBySpdxKey.putIfAbsent(l.get("spdx_license_key").asText(), l);
      }
    }
  }

  @Test
  void everyHubIdentifierHasARow() throws IOException {
    List<String> ids =
        column(SharedData.raw("hf-hub-license-ids/hf_hub_license_identifiers.csv"), "identifier");
    assertThat(ids).hasSize(83).contains("apache-2.0", "llama3.1", "openrail++", "other");
    for (String id : ids) {
      assertThat(TABLE.row(id)).as(id).isPresent();
      assertThat(TABLE.row(id).get().source()).as(id).contains("hub-docs:repositories-licenses.md");
    }
  }

  @Test
  void spdxRowsFollowTheSpdxList() {
    List<LicenseRow> rows = rowsOf(KeyKind.SPDX);
    assertThat(rows).hasSizeGreaterThan(40);
    for (LicenseRow row : rows) {
      JsonNode l = spdx.get(row.key());
      assertThat(l).as("SPDX id %s of %s", row.key(), row.hubLicense()).isNotNull();
      assertThat(l.get("isDeprecatedLicenseId").asBoolean()).as(row.key()).isFalse();
      boolean osi = l.get("isOsiApproved").asBoolean();
      assertThat(row.licenseClass() == LicenseClass.OSI_APPROVED)
          .as(row.hubLicense())
          .isEqualTo(osi);
      assertThat(row.source())
          .as(row.hubLicense())
          .contains("spdx:licenses.json " + row.key() + " isOsiApproved=" + osi);
      if (!osi) {
        boolean nc = row.key().contains("-NC");
        assertThat(row.licenseClass() == LicenseClass.NON_COMMERCIAL)
            .as(row.hubLicense())
            .isEqualTo(nc);
        if (!nc && row.licenseClass() != LicenseClass.PERMISSIVE) {
          assertThat(row.manual())
              .as("%s departs from the SPDX rule without a manual reason", row.hubLicense())
              .isTrue();
        }
      }
    }
  }

  @Test
  void scancodeRowsFollowTheirCategory() throws IOException {
    List<LicenseRow> rows = rowsOf(KeyKind.SCANCODE);
    assertThat(rows).hasSizeGreaterThan(20);
    YAMLMapper yaml = new YAMLMapper();
    for (LicenseRow row : rows) {
      JsonNode l = scancodeBySpdxKey.get(row.key());
      assertThat(l).as("ScanCode key %s of %s", row.key(), row.hubLicense()).isNotNull();
      assertThat(row.key()).isEqualTo("LicenseRef-scancode-" + l.get("license_key").asText());
      String category = l.get("category").asText();
      assertThat(row.source()).as(row.hubLicense()).contains("category=" + category);
      if (FREE_CATEGORIES.contains(category)) {
        assertThat(row.licenseClass()).as(row.hubLicense()).isEqualTo(LicenseClass.PERMISSIVE);
      } else {
        assertThat(category).as(row.hubLicense()).isIn(RESTRICTING_CATEGORIES);
        assertThat(row.licenseClass())
            .as(row.hubLicense())
            .isIn(LicenseClass.RESTRICTED_OPEN_WEIGHTS, LicenseClass.NON_COMMERCIAL);
        if (row.licenseClass() == LicenseClass.NON_COMMERCIAL) {
          assertThat(row.manual())
              .as("%s: non-commercial needs a manual reason", row.hubLicense())
              .isTrue();
        }
      }
      Path text =
          SharedData.raw(
              "scancode-licensedb/ai-model-licenses/" + l.get("license_key").asText() + ".yml");
      if (row.source().contains("ai-model-licenses/")) {
        assertThat(yaml.readTree(text.toFile()).get("spdx_license_key").asText())
            .isEqualTo(row.key());
      }
    }
  }

  @Test
  void rowsWithoutAKeyAreManualJudgements() {
    assertThat(rowsOf(KeyKind.NONE))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.manual()).as(r.hubLicense()).isTrue());
  }

  private static List<LicenseRow> rowsOf(KeyKind kind) {
    return TABLE.rows().stream().filter(r -> r.keyKind() == kind).toList();
  }

  static List<String> column(Path file, String name) throws IOException {
    List<String> values = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file);
        CSVParser p = CSV.parse(in)) {
      for (CSVRecord r : p) {
        values.add(r.get(name));
      }
    }
    return values;
  }
}
