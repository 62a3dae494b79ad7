package org.observatory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.cli.ExitCodes;

/** The structure of {@code bench ingest}'s report; never its timings. */
class BenchCommandTest {
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
  void reportsBothEnginesReadingEveryRecordAndTheirRatio() throws IOException {
    int code = run("bench", "ingest", "--records", "2000", "--dir", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text)
        .containsPattern(line("records +2,000 \\(seed 42; [\\d,]+ with base_model tags\\)"));
    assertThat(text).containsPattern(line("file size +\\d+\\.\\d MB .*"));
    assertThat(text)
        .containsPattern(line("run 1/1 +observatory \\d+\\.\\d\\d s, duckdb \\d+\\.\\d\\d s"));
    assertThat(text)
        .containsPattern(line("engine +rows +wall s +records/s +peak heap MB +peak RSS MB"));
    assertThat(text)
        .containsPattern(
            line("observatory +2,000 +\\d+\\.\\d\\d +[\\d,]+ +[\\d,]+ +([\\d,]+|n/a)"));
    assertThat(text)
        .containsPattern(line("duckdb +2,000 +\\d+\\.\\d\\d +[\\d,]+ +[\\d,]+ +([\\d,]+|n/a)"));
    assertThat(text).containsPattern(line("observatory: +2,000 read, 2,000 stored, 0 skipped; .*"));
    assertThat(text)
        .containsPattern(
            line(
                "ratio observatory/duckdb: \\d+\\.\\d\\dx the time, \\d+\\.\\d{3}x the throughput"));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("without --keep nothing is left behind").isEmpty();
    }
  }

  @Test
  void repeatsEachLoadAndKeepsTheFilesWhenAsked() throws IOException {
    int code =
        run(
            "bench",
            "ingest",
            "--records",
            "300",
            "--seed",
            "9",
            "--repeat",
            "2",
            "--keep",
            "--dir",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern(line("run 2/2 +observatory .*"))
        .containsPattern(line("observatory +300 .*"))
        .containsPattern(line("duckdb +300 .*"))
        .contains("best of 2 runs");
    assertThat(dir.resolve("hub-bench-300-seed9.jsonl")).isRegularFile();
    assertThat(dir.resolve(IngestBenchmark.OBSERVATORY_DB)).isRegularFile();
    assertThat(dir.resolve(IngestBenchmark.DUCKDB_DB)).isRegularFile();
  }

  /**
   * The generating benchmarks share one mixin ({@link GeneratedInput}): the same options, each
   * command with its own default size, and one check of it.
   */
  @Test
  void everyGeneratingBenchmarkTakesTheSharedOptionsWithItsOwnDefault() {
    String[][] commands = {
      {"ingest", "1000000"}, {"report", "2500000"}, {"engines", "200000"}, {"serve", "200000"}
    };
    for (String[] c : commands) {
      out.getBuffer().setLength(0);
      assertThat(run("bench", c[0], "--help")).isZero();
      assertThat(out.toString().replaceAll("\\s+", " "))
          .as(c[0])
          .contains("--models, --records=N", "(default: " + c[1] + ")", "--seed", "--dir")
          .contains("--keep");
    }
    for (String c : List.of("ingest", "report", "serve")) {
      err.getBuffer().setLength(0);
      String[] args =
          c.equals("serve")
              ? new String[] {"bench", c, "--db", "x.duckdb", "--records", "0"}
              : new String[] {"bench", c, "--records", "0"};
      assertThat(run(args)).as(c).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).as(c).contains("--records (--models) must be at least 1");
    }
  }

  @Test
  void rejectsAnEmptyRunAndListsItsSubcommands() {
    assertThat(run("bench", "ingest", "--records", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("bench")).isZero();
    assertThat(out.toString()).contains("ingest");
  }
}
