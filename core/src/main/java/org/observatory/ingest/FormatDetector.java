package org.observatory.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.observatory.model.BadInputException;

/** Tells an input's format from its first bytes, not its name. */
final class FormatDetector {
  static final int SNIFF = 64 * 1024;

  private FormatDetector() {}

  /** True for the first bytes of a Parquet file. */
  static boolean isParquet(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
  }

  static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** Reads up to {@link #SNIFF} bytes. */
  static int readHead(InputStream in, byte[] buf) throws IOException {
    int n = 0;
    while (n < buf.length) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** Fails when the decompressed head of a text format is binary (NUL bytes or invalid UTF-8). */
  static void requireText(byte[] head, int n, String file) {
    long line = 1;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw new BadInputException(
            file,
            line,
            "binary content (a NUL byte at offset " + i + "): not a JSON, JSONL or CSV text file");
      }
      if (head[i] == '\n') {
        line++;
      }
    }
    int end = n;
    // do not judge a multi-byte character cut by the sniff window
    while (end > 0 && end > n - 4 && (head[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && (head[end - 1] & 0x80) != 0) {
      end--;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
    } catch (CharacterCodingException e) {
      long[] at = {1, 0};
      try {
        at = Utf8.firstInvalid(new java.io.ByteArrayInputStream(head, 0, end));
      } catch (IOException impossible) {
        // a byte array cannot fail to read
      }
      throw new BadInputException(file, at[0], Utf8.notUtf8(at[1]));
    }
  }

  /**
   * The reference datasets (usage, prices, openness), told by keys near the start of the file: the
   * head holds at least the first record of each.
   */
  static Optional<InputFormat> detectDataset(String head) {
    if (head.charAt(0) == '{') {
      if (head.contains("\"price_history\"")) {
        return Optional.of(InputFormat.LLM_PRICES);
      }
      if (head.contains("\"canonical_slug\"") || head.contains("\"hugging_face_id\"")) {
        return Optional.of(InputFormat.OPENROUTER_MODELS);
      }
      if (head.contains("\"slug\"") && head.contains("\"total_tokens\"")) {
        return Optional.of(InputFormat.OPENROUTER_WEEKLY);
      }
      if (head.contains("\"licenseListVersion\"")) {
        return Optional.of(InputFormat.SPDX_LICENSES);
      }
      return Optional.empty();
    }
    if (yamlKey(head, "system") && yamlKey(head, "org")
        || EOSAI_PARAMETERS.matcher(head).find()
        || EOSAI_DESCRIPTIONS.matcher(head).find()) {
      return Optional.of(InputFormat.EOSAI);
    }
    if (yamlKey(head, "framework") && yamlKey(head, "release")) {
      return Optional.of(InputFormat.MOF);
    }
    String first = head.lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
    if (first.startsWith("date,model,tokens")) {
      return Optional.of(InputFormat.USAGE_CSV);
    }
    if (first.startsWith("model,")
        && first.contains("organization")
        && first.contains("publication date")) {
      return Optional.of(InputFormat.EPOCH_MODELS);
    }
    return Optional.empty();
  }

  /** EOSAI's {@code _parameters.yml}: a list of groups, each with a {@code params:} list. */
  private static final Pattern EOSAI_PARAMETERS =
      Pattern.compile("\\A(?:---\\s*\\n)?- name:.*\\n(?:\\s+\\S.*\\n)*?\\s+params:\\s*\\n");

  /**
   * EOSAI's {@code _parameters-descriptions.yml}: dimension keys, each with an {@code en:} text.
   */
  private static final Pattern EOSAI_DESCRIPTIONS =
      Pattern.compile("\\A(?:---\\s*\\n)?[a-z_]+:\\s*\\n\\s+en:");

  /** A top-level YAML mapping key at the start of a line, e.g. {@code system:}. */
  private static boolean yamlKey(String head, String key) {
    return Pattern.compile("(?m)^" + key + ":\\s*$").matcher(head).find();
  }

  /**
   * The text format of a decompressed head: JSON array/object, JSON Lines, model-tree CSV or plain
   * CSV.
   */
  static InputFormat detectText(byte[] head, int n, String file) {
    requireText(head, n, file);
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      throw new BadInputException(file, 1, "empty file");
    }
    Optional<InputFormat> dataset = detectDataset(trimmed);
    if (dataset.isPresent()) {
      return dataset.get();
    }
    char c = trimmed.charAt(0);
    if (c == '[') {
      return InputFormat.HUB_JSON;
    }
    if (c == '{') {
      int nl = trimmed.indexOf('\n');
      if (nl < 0 && n >= head.length) {
        // the first line is longer than the sniff window (a Hub record with a large card): one
        // object per line, as `fetch hub` writes; a JSON array (hub-json) starts with '['
        return InputFormat.HUB_JSONL;
      }
      String first = nl < 0 ? trimmed : trimmed.substring(0, nl);
      try {
        Json.ONE_VALUE.readTree(first);
        return InputFormat.HUB_JSONL;
      } catch (IOException e) {
        return InputFormat.HUB_JSON;
      }
    }
    int nl = text.indexOf('\n');
    String headerLine = nl < 0 ? text : text.substring(0, nl);
    try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(headerLine))) {
      List<String> header = p.getRecords().get(0).toList();
      if (header.contains("model_id") && header.contains("metadata")) {
        return InputFormat.MODEL_TREE_CSV;
      }
      return InputFormat.CSV;
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          file, 1, "cannot tell the format: not JSON, JSONL, CSV or Parquet");
    }
  }
}
