package org.observatory.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command's {@code --help} says beyond its options: its description as whole paragraphs
 * (a description written over several array lines is joined, so the command list never shows a
 * sentence cut in half) and an example, run as the README runs them.
 */
final class HelpTexts {
  /** One example per command, by its name under {@code observatory}. */
  static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("observatory", "observatory demo --out demo"),
          Map.entry("demo", "observatory demo --out demo"),
          Map.entry("fetch", "observatory fetch hub --out hub.jsonl --limit 1000 --author Qwen"),
          Map.entry("update", "observatory update --db observatory.duckdb --data data"),
          Map.entry(
              "delete", "observatory delete --db observatory.duckdb --snapshot 2025-04-26 --yes"),
          Map.entry(
              "ingest",
              "observatory ingest --db observatory.duckdb --snapshot 2025-10-12 hub.jsonl"),
          Map.entry(
              "report",
              "observatory report --db demo/observatory.duckdb --format html --out reports/"),
          Map.entry(
              "explain",
              "observatory explain --db demo/observatory.duckdb --snapshot 2025-04-26"
                  + " TheBloke/Llama-2-7B-Chat-GGUF"),
          Map.entry("claims", "observatory claims --db demo/observatory.duckdb --format csv"),
          Map.entry("origins", "observatory origins --db demo/observatory.duckdb --top 25"),
          Map.entry("snapshots", "observatory snapshots --db demo/observatory.duckdb"),
          Map.entry(
              "export",
              "observatory export --db demo/observatory.duckdb --snapshot 2025-04-26 --out hub"),
          Map.entry("serve", "observatory serve --db demo/observatory.duckdb --port 8080"),
          Map.entry("bench", "observatory bench ingest --records 100000"),
          Map.entry(
              "bench ingest", "java -Xmx4g -jar observatory.jar bench ingest --records 1000000"),
          Map.entry(
              "bench report", "java -Xmx4g -jar observatory.jar bench report --models 2500000"),
          Map.entry("bench engines", "observatory bench engines --models 200000"),
          Map.entry("bench serve", "observatory bench serve --db demo/observatory.duckdb"),
          Map.entry("generate", "observatory generate hub --models 1000 --out hub.jsonl"),
          Map.entry(
              "generate hub",
              "observatory generate hub --models 1000000 --seed 7 --out hub.parquet"),
          Map.entry("help", "observatory help report"),
          Map.entry(
              "generate-completion",
              "observatory generate-completion > observatory-completion.sh"));

  private HelpTexts() {}

  /** Applies the paragraphs and the examples to a command line and every subcommand. */
  static void apply(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
    String example = EXAMPLES.get(name(spec));
    if (example != null) {
      spec.usageMessage().footerHeading("%nExample:%n").footer("  " + example + "%n");
    }
    cl.getSubcommands().values().forEach(HelpTexts::apply);
  }

  /**
   * The command's name under {@code observatory} ({@code bench ingest}), or {@code observatory}.
   */
  static String name(CommandSpec spec) {
    String q = spec.qualifiedName(" ");
    return q.equals("observatory") ? q : q.substring("observatory ".length());
  }

  /** Description lines joined into paragraphs: a line that does not end a sentence continues. */
  static String[] paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line.strip());
      if (line.strip().matches(".*[.!?]$")) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out.toArray(String[]::new);
  }
}
