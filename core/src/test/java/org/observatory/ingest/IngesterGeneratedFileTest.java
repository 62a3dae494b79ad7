package org.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.generate.GeneratedFile;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.store.IngestIssue;
import org.observatory.store.SnapshotInfo;
import org.observatory.store.Store;

/**
 * The benchmark's synthetic file is Hub data to the ingest: every record stored; only its junk card
 * base_model values (placeholders, drawn at the fitted profile's rate) are cleaned.
 */
class IngesterGeneratedFileTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  @TempDir Path dir;

  @Test
  void storesEveryGeneratedRecordAndCleansOnlyJunkBaseModels() throws IOException {
    GeneratedFile file = new HubRecordGenerator(5).write(dir.resolve("hub.jsonl"), 3_000);

    try (Store store = Store.inMemory()) {
      IngestReport report =
          new Ingester(store)
              .ingest(IngestRequest.of(InputFormat.AUTO, DAY, file.path()), IngestProgress.NONE);

      assertThat(report.files())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.format()).isEqualTo(InputFormat.HUB_JSONL);
                assertThat(f.issues())
                    .allSatisfy(
                        i -> assertThat(i.reason()).isEqualTo("base_model value is not a Hub id"));
                assertThat(f.issues().stream().mapToLong(IngestIssue::records).sum())
                    .isEqualTo(placeholders(file.path()));
              });
      assertThat(report.read()).isEqualTo(3_000);
      assertThat(report.stored()).isEqualTo(3_000);
      SnapshotInfo snapshot = store.snapshots().get(0);
      assertThat(snapshot.models()).isEqualTo(3_000);
      assertThat(snapshot.edges())
          .as("typed edges (each bare duplicate dropped) and the valid card-only parents")
          .isEqualTo(typedTags(file.path()) + cardOnlyParents(file.path()));
    }
  }

  @Test
  void theSameRecordsAsAJsonArrayOrGzippedGiveTheSameSnapshot() throws IOException {
    Path jsonl = new HubRecordGenerator(6).write(dir.resolve("hub.jsonl"), 1_000).path();
    Path array = dir.resolve("hub.json");
    Files.writeString(array, "[" + String.join(",\n", Files.readAllLines(jsonl)) + "]");
    Path gzipped = dir.resolve("hub.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      Files.copy(jsonl, out);
    }

    try (Store store = Store.inMemory()) {
      Ingester ingester = new Ingester(store);
      ingester.ingest(IngestRequest.of(InputFormat.AUTO, DAY, jsonl), IngestProgress.NONE);
      IngestReport fromArray =
          ingester.ingest(
              IngestRequest.of(InputFormat.AUTO, DAY.plusDays(1), array), IngestProgress.NONE);
      IngestReport fromGzip =
          ingester.ingest(
              IngestRequest.of(InputFormat.AUTO, DAY.plusDays(2), gzipped), IngestProgress.NONE);

      assertThat(fromArray.files().get(0).format()).isEqualTo(InputFormat.HUB_JSON);
      assertThat(fromGzip.files().get(0).format()).isEqualTo(InputFormat.HUB_JSONL);
      List<SnapshotInfo> snapshots = store.snapshots();
      assertThat(snapshots).hasSize(3);
      assertThat(snapshots)
          .extracting(SnapshotInfo::models, SnapshotInfo::edges, SnapshotInfo::nodes)
          .containsOnly(tuple(1_000L, snapshots.get(0).edges(), snapshots.get(0).nodes()));
    }
  }

  private static final java.util.Set<String> PLACEHOLDERS =
      java.util.Set.of("ORIGINAL_REPO_NAME", "None", "base_model", "N/A");

  /** Records whose only base_model is a placeholder in the card. */
  private static long placeholders(Path file) throws IOException {
    long n = 0;
    for (String line : Files.readAllLines(file)) {
      JsonNode base = Json.MAPPER.readTree(line).path("cardData").path("base_model");
      n += base.isTextual() && PLACEHOLDERS.contains(base.asText()) ? 1 : 0;
    }
    return n;
  }

  /** Records without base_model tags whose card names a parent that is a Hub id. */
  private static long cardOnlyParents(Path file) throws IOException {
    long n = 0;
    for (String line : Files.readAllLines(file)) {
      JsonNode r = Json.MAPPER.readTree(line);
      JsonNode base = r.path("cardData").path("base_model");
      boolean tagged = false;
      for (JsonNode tag : r.get("tags")) {
        tagged |= tag.asText().startsWith("base_model:");
      }
      n += !tagged && base.isTextual() && !PLACEHOLDERS.contains(base.asText()) ? 1 : 0;
    }
    return n;
  }

  /** The {@code base_model:<relation>:<parent>} tags of the file: one stored edge each. */
  private static long typedTags(Path file) throws IOException {
    long n = 0;
    for (String line : Files.readAllLines(file)) {
      for (JsonNode tag : Json.MAPPER.readTree(line).get("tags")) {
        if (tag.asText().matches("base_model:(finetune|adapter|quantized|merge):.*")) {
          n++;
        }
      }
    }
    return n;
  }
}
