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

class ParallelJsonlTest {
  private static final RecordNormalizer NORMALIZER = new RecordNormalizer(FieldMap.NONE);

  /** Every batch, in the order handed back. */
  private static List<ParallelJsonl.Parsed> readAll(String text, int workers) throws IOException {
    List<ParallelJsonl.Parsed> out = new ArrayList<>();
    try (ParallelJsonl lines =
        new ParallelJsonl(
            new LineReader(new StringReader(text), RecordLimit.DEFAULT),
            "hub.jsonl",
            NORMALIZER,
            workers)) {
      for (List<ParallelJsonl.Parsed> b = lines.next(); b != null; b = lines.next()) {
        out.addAll(b);
      }
    }
    return out;
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
    List<ParallelJsonl.Parsed> parsed = readAll(text.toString(), 3);

    assertThat(parsed).hasSize(models + 1);
    List<String> ids = new ArrayList<>();
    long previousLine = 0;
    for (ParallelJsonl.Parsed p : parsed) {
      assertThat(p.line()).isGreaterThan(previousLine);
      previousLine = p.line();
      if (p.unreadable() == null) {
        ids.add(p.normalized().record().id().value());
      }
    }
    assertThat(ids).hasSize(models);
    assertThat(ids.get(0)).isEqualTo("org/m0");
    assertThat(ids.get(4_321)).isEqualTo("org/m4321");
    assertThat(ids.get(models - 1)).isEqualTo("org/m" + (models - 1));
    ParallelJsonl.Parsed bad =
        parsed.stream().filter(p -> p.unreadable() != null).findFirst().orElseThrow();
    // 5,000 records and 6 blank lines (before records 0, 1000, ..., 5000) come before it
    assertThat(bad.line()).isEqualTo(5_006);
    assertThat(bad.unreadable()).startsWith("invalid JSON");
    assertThat(readAll(text.toString(), 1)).hasSameSizeAs(parsed);
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
                      new LineReader(failing, RecordLimit.DEFAULT), "hub.jsonl", NORMALIZER, 2)) {
                lines.next();
              }
            })
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("hub.jsonl")
        .hasMessageContaining("disk gone");
  }
}
