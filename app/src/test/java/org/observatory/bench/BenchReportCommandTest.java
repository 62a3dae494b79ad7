package org.observatory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.cli.ExitCodes;

/** The structure of {@code bench report}'s output; never its timings. */
class BenchReportCommandTest {
  private static final String NUMBER = "[\\d,]+";
  private static final String PHASE = " +\\d+\\.\\d\\d +" + NUMBER + " +(" + NUMBER + "|n/a)";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return org.observatory.Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private static Pattern line(String regex) {
    return Pattern.compile("(?m)^" + regex + "$");
  }

  @Test
  void timesEveryPhaseAndBothLineageMethodsFindTheSameRoots() throws IOException {
    int code = run("bench", "report", "--models", "3000", "--dir", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text).containsPattern(line("models +3,000 \\(seed 42; " + NUMBER + " with .*\\)"));
    // 3,000 records plus the few parents absent from the file (the generator's fitted dirt)
    assertThat(text).containsPattern(line("graph +3,0\\d\\d nodes, .*"));
    assertThat(text).containsPattern(line("graph depth +max \\d+, mean \\d+\\.\\d\\d; .*"));
    assertThat(text).containsPattern(line("phase +wall s +peak heap MB +peak RSS MB"));
    for (String phase :
        new String[] {
          "ingest",
          "lineage \\(java graph\\)",
          "  read",
          "  resolve",
          "  write",
          "roots \\(recursive CTE\\)",
          "report \\(all indicators\\)",
          "  lookups",
          "  lineage",
          "  tables",
          "  indicators"
        }) {
      assertThat(text).containsPattern(line(phase + PHASE));
    }
    assertThat(text)
        .containsPattern(line(" +indicator part \\(all but lineage\\) +\\d+\\.\\d\\d *"));

    Matcher roots =
        Pattern.compile(
                "(?m)^root rows +java graph ("
                    + NUMBER
                    + ") \\(("
                    + NUMBER
                    + ") nodes\\), recursive CTE ("
                    + NUMBER
                    + ") \\(("
                    + NUMBER
                    + ") nodes\\): (.*)$")
            .matcher(text);
    assertThat(roots.find()).as(text).isTrue();
    assertThat(roots.group(3)).isEqualTo(roots.group(1));
    assertThat(roots.group(4)).isEqualTo(roots.group(2)).matches("3,0\\d\\d");
    assertThat(roots.group(5)).isEqualTo("equal, same (node, root) pairs");
    assertThat(text)
        .containsPattern(
            line(
                "ratio +java graph / recursive CTE: \\d+\\.\\d\\dx the time"
                    + " \\(recursive CTE / java graph \\d+\\.\\d\\dx\\)"));
    // the hand-written SQL reference reads every model and finds the same root rows as the graph
    java.util.regex.Matcher hand =
        Pattern.compile(
                "pipeline +observatory ingest \\+ all indicators \\d+\\.\\d\\d s vs hand-written SQL"
                    + " \\d+\\.\\d\\d s .*\\{models=3000, root_rows=(\\d+), root_authors=\\d+\\}\\):"
                    + " \\d+\\.\\d\\dx the time")
            .matcher(text);
    assertThat(hand.find()).as(text).isTrue();
    assertThat(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(hand.group(1))))
        .isEqualTo(roots.group(1));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("without --keep nothing is left behind").isEmpty();
    }
  }

  @Test
  void rejectsAnEmptySnapshot() {
    assertThat(run("bench", "report", "--models", "0")).isEqualTo(ExitCodes.USAGE);
  }
}
