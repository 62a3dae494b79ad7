package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.model.BadInputException;
import org.observatory.store.StageRowsText;

class ParallelJsonlTest {
  private static final RecordNormalizer NORMALIZER = new RecordNormalizer(FieldMap.NONE);

  /** What became of each record, in the order handed back, and the staged rows' CSV text. */
  private record Read(List<StagedBatch.Outcome> outcomes, String csv) {}

  private static Read readAll(String text, int workers) throws IOException {
    List<StagedBatch.Outcome> out = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    try (ParallelJsonl lines =
        new ParallelJsonl(
            new LineReader(new StringReader(text), RecordLimit.DEFAULT),
            "hub.jsonl",
            NORMALIZER,
            0,
            workers)) {
      for (StagedBatch b = lines.next(); b != null; b = lines.next()) {
        out.addAll(b.outcomes());
        csv.append(StageRowsText.models(b.rows()));
      }
    }
    return new Read(out, csv.toString());
  }

  @Test
  void recordsComeBackInFileOrderAcrossManyBatchesWithTheirLineNumbers() throws IOException {
    StringBuilder text = new StringBuilder();
    int models = 3 * ParallelJsonl.BATCH + 17;
    for (int i = 0; i < models; i++) {
      if (i == 5_000) {
        text.append("{not json\n");
      }
      if (i % 1_000 == 0) {
        text.append("\n");
      }
      text.append("{\"id\":\"org/m").append(i).append("\",\"downloads\":").append(i).append("}\n");
    }
    Read read = readAll(text.toString(), 3);
    List<StagedBatch.Outcome> parsed = read.outcomes();

    assertThat(parsed).hasSize(models + 1);
    long previousLine = 0;
    for (StagedBatch.Outcome p : parsed) {
      assertThat(p.line()).isGreaterThan(previousLine);
      previousLine = p.line();
    }
    // the staged rows: "seq,id,..." in file order, seq counting every record read (the bad one too)
    List<String> rows = read.csv().lines().toList();
    assertThat(rows).hasSize(models);
    assertThat(rows.get(0)).startsWith("1,\"org/m0\",");
    assertThat(rows.get(4_321)).startsWith("4322,\"org/m4321\",");
    assertThat(rows.get(models - 1)).startsWith((models + 1) + ",\"org/m" + (models - 1) + "\",");
    StagedBatch.Outcome bad =
        parsed.stream().filter(p -> p.problem() != null).findFirst().orElseThrow();
    // 5,000 records and 6 blank lines (before records 0, 1000, ..., 5000) come before it
    assertThat(bad.line()).isEqualTo(5_006);
    assertThat(bad.problem()).startsWith("invalid JSON");
    assertThat(readAll(text.toString(), 1)).isEqualTo(read);
  }

  @Test
  void aReadFailureNamesTheFileAndTheLine() {
    Reader failing =
        new Reader() {
          private final StringReader start =
              new StringReader("{\"id\":\"org/a\"}\n{\"id\":\"org/b\"}\n");

          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            int n = start.read(buf, off, len);
            if (n < 0) {
              throw new IOException("disk gone");
            }
            return n;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> {
              try (ParallelJsonl lines =
                  new ParallelJsonl(
                      new LineReader(failing, RecordLimit.DEFAULT),
                      "hub.jsonl",
                      NORMALIZER,
                      0,
                      2)) {
                lines.next();
              }
            })
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("hub.jsonl")
        .hasMessageContaining("disk gone");
  }
}
