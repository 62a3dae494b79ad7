package org.observatory.openness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.observatory.ingest.DatasetFile;
import org.observatory.model.BadInputException;

/** The whole text of one small dataset file (a YAML of a few kilobytes), as strict UTF-8. */
final class DatasetText {
  private DatasetText() {}

  static String of(DatasetFile file) {
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new BadInputException(file.name(), 0, "cannot read: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file.name(), 0, "not UTF-8 text", e);
    }
  }

  /** The name rows are stored under: the file's own name, as {@code dataset_sources} has it. */
  static String sourceName(DatasetFile file) {
    return file.path().getFileName().toString();
  }
}
