package org.observatory.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON and YAML mappers ingest shares: lenient where Python-made dumps need it (NaN, Infinity),
 * strict where leniency would lose data: a value followed by more content ({@code {..}{..}} on one
 * JSON Lines line, {@code [..][..]}) is an error, never its first part alone.
 */
final class Json {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(200_000_000).build())
                  .build())
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .build();

  /** Reads one whole text as one JSON value: content after it fails the read. */
  static final ObjectReader ONE_VALUE =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

  /** Why a text holding a second JSON value after the first is unreadable. */
  static final String MORE_THAN_ONE_VALUE =
      "more than one JSON value (content after the end of the first one)";

  private Json() {}

  /**
   * What is wrong with a JSON text, in words: a second value after the first (two objects on one
   * line) said as such, anything else as Jackson says it.
   */
  static String problem(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg != null && msg.startsWith("Trailing token")) {
      return MORE_THAN_ONE_VALUE;
    }
    return "invalid JSON: " + msg;
  }
}
