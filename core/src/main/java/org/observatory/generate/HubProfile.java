package org.observatory.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statistics of real Hub metadata the generator draws from, read once from the class-path
 * resource {@code generate/hub-profile.json} (written by {@code scripts/fit_generator_profile.py};
 * every number there names its source file, or says "assumed").
 */
final class HubProfile {
  static final String RESOURCE = "generate/hub-profile.json";
  private static final HubProfile DEFAULT = load();

  final HeavyTail downloads;
  final HeavyTail majorDownloads;
  final HeavyTail likes;
  final double zipfExponent;
  final double poolPerRecord;
  final String[] namedAuthors;
  final double majorShare;
  final Weighted majors;
  final Map<String, Weighted> majorLicenses = new HashMap<>();
  final double derivativeShare;
  final Weighted relations;
  final Weighted depths;
  final double parentAbsentShare;
  final double quantizedParentShare;
  final double licenseMissing;
  final Weighted licenses;
  final double pipelineMissing;
  final double libraryMissing;
  final double placeholderShare;
  final double selfReferenceShare;
  final double prefixedShare;
  final double modelsMonthlyRate;
  final double downloadsMonthlyRate;
  final double downloadsLogSd;
  final double parametersShare;
  final double parametersInherit;
  final double[] parametersLog10;

  private HubProfile(JsonNode p) {
    downloads = HeavyTail.of(p.path("downloads"), "body_quantiles");
    JsonNode major = p.path("major_orgs");
    majorDownloads = HeavyTail.of(major.path("downloads"), "body_quantiles");
    likes = HeavyTail.of(p.path("likes"), "positive_quantiles");
    JsonNode authors = p.path("authors");
    zipfExponent = authors.path("zipf_exponent").asDouble();
    poolPerRecord = authors.path("pool_per_record").asDouble();
    namedAuthors = new String[authors.path("named").size()];
    for (int k = 0; k < namedAuthors.length; k++) {
      namedAuthors[k] = authors.path("named").get(k).asText();
    }
    majorShare = major.path("record_share").asDouble();
    JsonNode orgs = major.path("orgs");
    String[] names = new String[orgs.size()];
    double[] models = new double[orgs.size()];
    for (int k = 0; k < names.length; k++) {
      names[k] = orgs.get(k).path("name").asText();
      models[k] = orgs.get(k).path("models").asDouble();
      majorLicenses.put(names[k], Weighted.of(orgs.get(k).path("licenses")));
    }
    majors = Weighted.of(names, models);
    JsonNode d = p.path("derivatives");
    derivativeShare = d.path("share").asDouble();
    relations = Weighted.of(d.path("relations"));
    depths = Weighted.of(d.path("depth"));
    parentAbsentShare = d.path("parent_absent_share").asDouble();
    quantizedParentShare = d.path("quantized_parent_share").asDouble();
    licenseMissing = p.path("licenses").path("missing_share").asDouble();
    licenses = Weighted.of(p.path("licenses").path("mix"));
    pipelineMissing = p.path("missing").path("pipeline_tag").asDouble();
    libraryMissing = p.path("missing").path("library_name").asDouble();
    JsonNode dirt = p.path("dirt");
    placeholderShare = dirt.path("placeholder_share").asDouble();
    selfReferenceShare =
        Math.max(
            dirt.path("self_reference_share").asDouble(),
            dirt.path("self_reference_assumed").asDouble());
    prefixedShare = dirt.path("needs_normalising_share").asDouble();
    JsonNode g = p.path("growth");
    modelsMonthlyRate = g.path("models_monthly_rate").asDouble();
    downloadsMonthlyRate = g.path("downloads_monthly_rate").asDouble();
    downloadsLogSd = g.path("downloads_monthly_log_sd").asDouble();
    JsonNode params = p.path("parameters");
    parametersShare = params.path("share").asDouble();
    parametersInherit = params.path("inherit_share").asDouble();
    parametersLog10 = new double[params.path("log10_quantiles").size()];
    for (int k = 0; k < parametersLog10.length; k++) {
      parametersLog10[k] = params.path("log10_quantiles").get(k).asDouble();
    }
    if (parametersLog10.length < 2) {
      throw new IllegalStateException(RESOURCE + ": parameters.log10_quantiles missing");
    }
    if (zipfExponent <= 0 || poolPerRecord <= 0 || modelsMonthlyRate <= 0) {
      throw new IllegalStateException(RESOURCE + ": authors or growth missing");
    }
  }

  /** The bundled profile. */
  static HubProfile bundled() {
    return DEFAULT;
  }

  private static HubProfile load() {
    try (InputStream in = HubProfile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE);
      }
      return new HubProfile(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
