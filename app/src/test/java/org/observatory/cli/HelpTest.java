package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help}: whole sentences in the command lists (none cut in half), an
 * example that is a valid command line, and one line (exit 2) for a malformed date.
 */
class HelpTest {
  /** Every command under {@code observatory}, by its name ({@code bench ingest}). */
  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    collect(
        org.observatory.Main.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter())),
        out);
    return out.stream();
  }

  private static void collect(CommandLine cl, List<String> out) {
    out.add(HelpTexts.name(cl.getCommandSpec()));
    cl.getSubcommands().values().stream().distinct().forEach(c -> collect(c, out));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpEndsWithAnExampleThatParses(String command) {
    List<String> args =
        new ArrayList<>(command.equals("observatory") ? List.of() : List.of(command.split(" ")));
    args.add("--help");
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Example:");
    String example =
        String.join(
                " ", run.out().substring(run.out().indexOf("Example:")).lines().skip(1).toList())
            .replaceAll("\\s+", " ")
            .strip();
    assertThat(example).as(command).containsPattern("(^observatory |jar observatory\\.jar )");
    String[] exampleArgs =
        example.replaceAll("\\s+>.*$", "").replaceFirst("^.*?observatory(\\.jar)? ", "").split(" ");
    CommandLine cl =
        org.observatory.Main.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()));
    CommandLine.ParseResult parsed = cl.parseArgs(exampleArgs);
    assertThat(parsed.errors()).as(example).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theCommandListsShowWholeSentences(String command) {
    List<String> args =
        new ArrayList<>(command.equals("observatory") ? List.of() : List.of(command.split(" ")));
    args.add("--help");
    String out = CliRun.of(args.toArray(String[]::new)).out();
    if (!out.contains("Commands:")) {
      return;
    }
    String list =
        out.substring(out.indexOf("Commands:") + "Commands:".length(), out.indexOf("Example:"));
    List<String> entries = new ArrayList<>();
    for (String line : list.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (line.matches("^  \\S.*")) {
        entries.add(line.strip());
      } else {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
      }
    }
    assertThat(entries).isNotEmpty();
    assertThat(entries).allSatisfy(e -> assertThat(e).as(command).endsWith("."));
  }

  @Test
  void aMalformedDateIsOneLineAndAUsageError() {
    CliRun run = CliRun.of("report", "--db", "nowhere.duckdb", "--snapshot", "2025/10/12");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("expected YYYY-MM-DD, got 2025/10/12")
        .doesNotContain("Exception");
  }
}
