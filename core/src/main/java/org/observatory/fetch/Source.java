package org.observatory.fetch;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The public sources the Observatory fetches, each with its default endpoint (overridden by {@code
 * --endpoint} to fetch from a mirror, or from a recorded server in tests), the environment variable
 * of its optional access token, and how its files are got.
 */
public enum Source {
  /** The Hugging Face Hub model listing, paged, with all-time downloads and parameter counts. */
  HUB("hub", "https://huggingface.co", "HF_TOKEN", "Hugging Face Hub models (api/models)"),
  /** OpenRouter's public models API: ids, Hugging Face ids, prices. */
  OPENROUTER_MODELS(
      "openrouter-models", "https://openrouter.ai", null, "OpenRouter models API (api/v1/models)"),
  /** OpenRouter weekly top models, as johnbean393/openrouter-inference-stats publishes them. */
  OPENROUTER_RANKINGS(
      "openrouter-rankings",
      "https://api.github.com",
      "GITHUB_TOKEN",
      "OpenRouter weekly top models (johnbean393/openrouter-inference-stats data/*.json)"),
  /** Epoch AI's public model data CSVs. */
  EPOCH(
      "epoch",
      "https://epoch.ai",
      null,
      "Epoch AI 'Data on AI Models' (all, notable, large-scale, frontier CSVs)"),
  /** The European Open Source AI Index's model YAMLs, from its repository's archive. */
  EOSAI(
      "eosai",
      "https://api.github.com",
      "GITHUB_TOKEN",
      "European Open Source AI Index (Language-Technology-Assessment/main-database, *.yaml)"),
  /** The Model Openness Tool's model YAMLs, from its repository's archive. */
  MOF(
      "mof",
      "https://api.github.com",
      "GITHUB_TOKEN",
      "LF AI & Data Model Openness Tool (lfai/model_openness_tool models/*.yml)"),
  /** llm-prices.com vendor price histories. */
  LLM_PRICES(
      "llm-prices",
      "https://api.github.com",
      "GITHUB_TOKEN",
      "llm-prices.com vendor prices (simonw/llm-prices data/*.json)"),
  /** The SPDX License List. */
  LICENSES("licenses", "https://spdx.org", null, "SPDX License List (licenses/licenses.json)");

  private final String cliName;
  private final String endpoint;
  private final String tokenEnv;
  private final String description;

  Source(String cliName, String endpoint, String tokenEnv, String description) {
    this.cliName = cliName;
    this.endpoint = endpoint;
    this.tokenEnv = tokenEnv;
    this.description = description;
  }

  /** The command-line name, also the folder the source's files go to. */
  public String cliName() {
    return cliName;
  }

  /** The endpoint fetched when no {@code --endpoint} is given. */
  public String defaultEndpoint() {
    return endpoint;
  }

  /** The environment variable read for an access token, or null when the source needs none. */
  public String defaultTokenEnv() {
    return tokenEnv;
  }

  public String description() {
    return description;
  }

  /** The command-line names, comma-separated, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(Source::cliName).collect(Collectors.joining(", "));
  }

  /** Parses a command-line name. */
  public static Source ofCliName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.cliName.equals(n))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown source '" + name + "' (" + names() + ")"));
  }

  /** How the files of this source are got. */
  SourceFetcher fetcher() {
    return switch (this) {
      case HUB -> new HubSourceFetcher();
      case OPENROUTER_MODELS -> new ApiModelsFetcher("/api/v1/models", "models.json");
      case OPENROUTER_RANKINGS ->
          new RepoFolderFetcher("johnbean393/openrouter-inference-stats", "data", ".json");
      case EPOCH ->
          new FileListFetcher(
              "/data/all_ai_models.csv",
              "/data/notable_ai_models.csv",
              "/data/large_scale_ai_models.csv",
              "/data/frontier_ai_models.csv");
      case EOSAI ->
          new RepoArchiveFetcher("Language-Technology-Assessment/main-database", "", yaml());
      case MOF -> new RepoArchiveFetcher("lfai/model_openness_tool", "models/", yaml());
      case LLM_PRICES -> new RepoFolderFetcher("simonw/llm-prices", "data", ".json");
      case LICENSES -> new FileListFetcher("/licenses/licenses.json");
    };
  }

  private static Predicate<String> yaml() {
    return name -> name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
