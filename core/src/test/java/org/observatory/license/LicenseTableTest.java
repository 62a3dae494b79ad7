package org.observatory.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.model.BadInputException;

/** Bad rows in the license table fail with the file and line. */
class LicenseTableTest {
  private static final String HEADER = "hub_license,key,key_kind,class,source\n";
  private static final String MIT =
      "mit,MIT,spdx,osi-approved,spdx:licenses.json MIT isOsiApproved=true\n";
  private static final String HINTS = "link_contains,hub_license,source\n";

  private static LicenseTable read(String licenses, String hints) throws IOException {
    return LicenseTable.read(
        new StringReader(licenses), "licenses.csv", new StringReader(hints), "hints.csv");
  }

  @Test
  void readsAValidTable() throws IOException {
    LicenseTable t = read(HEADER + MIT, HINTS + "mitlicense,mit,manual: test\n");
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("MIT"));
    assertThat(t.hint("https://example.org/MIT-License")).isPresent();
    assertThat(t.hint("https://example.org/other")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mit,MIT,spdx,open,x | line 3: unknown class 'open'",
        "mit,MIT,spdx,osi-approved,   | line 3: empty source for mit",
        "mit,MIT,spdx,osi-approved,again | line 3: duplicate hub_license mit",
        "MIT,MIT,spdx,osi-approved,x | line 3: hub_license 'MIT' must be",
        "foo,,spdx,unknown,x | line 3: key must be empty exactly when key_kind is none",
        "foo,X,none,unknown,x | line 3: key must be empty exactly when key_kind is none",
        "foo,X,spdxx,unknown,x | line 3: unknown key_kind 'spdxx'",
        "foo,X,spdx | line 3: expected 5 fields, found 3",
      })
  void rejectsABadRow(String row, String message) {
    assertThatThrownBy(() -> read(HEADER + MIT + row + "\n", HINTS))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("licenses.csv, " + message.strip());
  }

  @Test
  void rejectsAWrongHeader() {
    assertThatThrownBy(() -> read("hub_license,key,class,source\n", HINTS))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(
            "licenses.csv, line 1: header must be hub_license,key,key_kind,class,source");
  }

  @Test
  void rejectsAHintToAMissingRow() {
    assertThatThrownBy(() -> read(HEADER + MIT, HINTS + "qwen,qwen,manual: x\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("hints.csv, line 2: hub_license qwen is not in license/licenses.csv");
    assertThatThrownBy(() -> read(HEADER + MIT, HINTS + "Qwen-2,mit,manual: x\n"))
        .hasMessageContaining(
            "hints.csv, line 2: link_contains 'Qwen-2' must be lower-case letters and digits");
  }
}
