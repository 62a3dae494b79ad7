package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.store.IngestIssue;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;
import org.observatory.testing.SharedData;

/**
 * Every model-tree CSV of ../shared/data/raw ingests with {@code --format auto}, and its models and
 * parent edges (by relation) equal an independent count made from the CSV by
 * scripts/count_tree_csv.py.
 */
class TreeCsvIngestTest {
  static Stream<Arguments> expected() throws IOException {
    List<String> lines = Files.readAllLines(resource("tree-counts.expected.csv"));
    return lines.stream().skip(1).map(l -> Arguments.of((Object) l.split(",")));
  }

  static Path resource(String name) {
    try {
      return Path.of(TreeCsvIngestTest.class.getResource("/ingest/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("expected")
  void modelsAndEdgesMatchAnIndependentCount(String[] row) {
    Path file = SharedData.raw("hf-model-trees-oderinwale/" + row[0]);
    LocalDate date = SnapshotDates.fromFileName(row[0]).orElseThrow();
    try (Store store = Store.inMemory()) {
      IngestReport report =
          new Ingester(store)
              .ingest(IngestRequest.of(InputFormat.AUTO, null, file), IngestProgress.NONE);

      FileReport f = report.files().get(0);
      assertThat(f.format()).isEqualTo(InputFormat.MODEL_TREE_CSV);
      assertThat(f.snapshot()).isEqualTo(date);
      assertThat(f.skipped()).isZero();
      SnapshotInfo s = store.snapshots().get(0);
      assertThat(s.models()).as("models").isEqualTo(Long.parseLong(row[1]));
      assertThat(s.edges()).as("edges").isEqualTo(Long.parseLong(row[2]));
      Map<String, Long> byRelation = new HashMap<>();
      for (Map<String, Object> r : store.query("edges_by_relation", date)) {
        byRelation.put((String) r.get("relation"), ((Number) r.get("edges")).longValue());
      }
      String[] relations = {"finetune", "adapter", "quantized", "merge", "unspecified"};
      for (int i = 0; i < relations.length; i++) {
        assertThat(byRelation.getOrDefault(relations[i], 0L))
            .as(relations[i])
            .isEqualTo(Long.parseLong(row[3 + i]));
      }
      long notJson =
          f.issues().stream()
              .filter(i -> i.reason().startsWith("metadata cell is not JSON"))
              .mapToLong(IngestIssue::records)
              .sum();
      assertThat(notJson).as("N/A metadata rows, kept").isEqualTo(Long.parseLong(row[8]));
    }
  }
}
