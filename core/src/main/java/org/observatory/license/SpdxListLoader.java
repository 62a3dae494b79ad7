package org.observatory.license;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.model.BadInputException;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads an SPDX License List ({@code licenses.json}: {@code {licenseListVersion, releaseDate,
 * licenses[{licenseId, name, isOsiApproved, isFsfLibre?, isDeprecatedLicenseId}]}}, as {@code
 * spdx.org/licenses/licenses.json} publishes it) into {@code spdx_licenses}, one row per license,
 * so that the report can say which list the license classes were checked against and where the
 * bundled table and the newer list disagree.
 */
public final class SpdxListLoader implements DatasetLoader {
  static final String TABLE = "spdx_licenses";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    JsonNode root;
    // strict UTF-8, at most the record cap (--max-record-mb) for the whole document, and nothing
    // after it: the list is read completely or not at all
    try (Reader in = file.reader()) {
      root =
          JSON.readerFor(JsonNode.class)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(in);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadInputException(file.name(), line, "invalid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw file.failure(e);
    }
    String version = root == null ? "" : root.path("licenseListVersion").asText("");
    JsonNode licenses = root == null ? null : root.get("licenses");
    if (version.isBlank() || licenses == null || !licenses.isArray()) {
      throw new BadInputException(
          file.name(), 1, "no 'licenseListVersion' and 'licenses' list: not an SPDX License List");
    }
    LocalDate released = releaseDate(file, root.path("releaseDate").asText(""));
    String source = file.path().getFileName().toString();
    sink.replaceSource(TABLE, source);
    RowAppender out = sink.rows(TABLE);
    for (int i = 0; i < licenses.size(); i++) {
      JsonNode l = licenses.get(i);
      String id = l.path("licenseId").asText("");
      if (id.isBlank() || !l.path("isOsiApproved").isBoolean()) {
        throw new BadInputException(
            file.name(),
            0,
            "record licenses[" + i + "]: needs a licenseId and a true/false isOsiApproved");
      }
      out.add(source)
          .add(version)
          .add(released)
          .add(id)
          .add(l.path("name").asText(null))
          .add(l.path("isOsiApproved").asBoolean())
          .add(l.path("isFsfLibre").asBoolean(false))
          .add(l.path("isDeprecatedLicenseId").asBoolean(false))
          .endRow();
    }
    return new DatasetResult(licenses.size(), licenses.size(), 0, released, List.of());
  }

  private static LocalDate releaseDate(DatasetFile file, String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInputException(file.name(), 0, "releaseDate is not a date: '" + text + "'");
    }
  }
}
