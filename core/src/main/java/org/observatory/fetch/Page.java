package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.model.ObservatoryException;

/**
 * One page of {@code GET /api/models}: its model objects and the URL of the next page, from the
 * {@code Link: <URL>; rel="next"} header (RFC 8288), if any.
 */
record Page(List<JsonNode> models, Optional<URI> next) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
  private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?");

  Page {
    models = List.copyOf(models);
  }

  /**
   * Reads a response body that must be a JSON array.
   *
   * @throws IOException when the body is not JSON, as a cut-off body is not (worth a retry)
   * @throws ObservatoryException when the body is JSON but not an array (a retry will not help)
   */
  static Page parse(URI url, byte[] body, List<String> linkHeaders) throws IOException {
    JsonNode root = JSON.readTree(body);
    if (!(root instanceof ArrayNode array)) {
      throw new ObservatoryException(
          "expected a JSON array of models from "
              + url
              + ", got "
              + (root == null ? "nothing" : root.getNodeType()));
    }
    List<JsonNode> models = new ArrayList<>(array.size());
    array.forEach(models::add);
    return new Page(models, nextLink(url, linkHeaders));
  }

  /** The {@code rel="next"} target among Link header values, resolved against the request URL. */
  static Optional<URI> nextLink(URI url, List<String> linkHeaders) {
    for (String header : linkHeaders) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        while (rel.find()) {
          for (String type : rel.group(1).trim().split("\\s+")) {
            if (type.equalsIgnoreCase("next")) {
              return Optional.of(url.resolve(link.group(1).trim()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
