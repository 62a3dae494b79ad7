package org.observatory.report;

import java.util.List;

/** The data sources every report credits. */
final class Credits {
  private Credits() {}

  static List<String> all() {
    return List.of(
        "Model records: Hugging Face Hub (huggingface.co) model metadata, as in the snapshot's source files.",
        "Origin registry: Epoch AI, 'Data on AI Models' (CC BY 4.0); European Open Source AI Index (osai-index.eu,"
            + " CC BY 4.0); LF AI & Data Model Openness Tool (MIT); see origin/NOTICE.md.",
        "License classes: SPDX License List 3.26.0 (CC BY 3.0); ScanCode LicenseDB (CC BY 4.0); Hugging Face"
            + " hub-docs license identifiers (Apache-2.0); see license/NOTICE.md.",
        "Openness: European Open Source AI Index (osai-index.eu), CC BY 4.0, doi:10.5281/zenodo.15386042"
            + " (Liesenfeld & Dingemanse 2024); LF AI & Data Model Openness Framework and Model Openness Tool"
            + " (lfai/model_openness_tool), MIT; see openness/NOTICE.md.",
        "Open-weight releases: Epoch AI, 'Data on AI Models' (CC BY 4.0), as ingested.");
  }

  /** The credits of a report that also shows usage and prices. */
  static List<String> withUsage() {
    List<String> out = new java.util.ArrayList<>(all());
    out.add(
        "Usage: OpenRouter weekly rankings (openrouter.ai/rankings), collected by"
            + " johnbean393/openrouter-inference-stats; OpenRouter models API (openrouter.ai), via"
            + " anuran-roy/unified-llm-pricing.");
    out.add(
        "Prices: OpenRouter list prices; llm-prices.com by Simon Willison (simonw/llm-prices). Model"
            + " accessibility: Epoch AI, 'Data on AI Models' (CC BY 4.0).");
    return List.copyOf(out);
  }
}
