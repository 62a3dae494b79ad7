package org.observatory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
  @TempDir Path dir;

  @Test
  void deletesAFolderWithEverythingInItAndNothingBeside() throws IOException {
    Path tree = dir.resolve("export");
    Files.createDirectories(tree.resolve("snapshot_date=2025-04-26/part"));
    Files.writeString(tree.resolve("snapshot_date=2025-04-26/part/data_0.parquet"), "x");
    Files.writeString(tree.resolve("models.parquet"), "y");
    Files.writeString(dir.resolve("beside.txt"), "kept");

    Folders.deleteTree(tree);

    assertThat(tree).doesNotExist();
    assertThat(dir.resolve("beside.txt")).hasContent("kept");
  }

  @Test
  void aFolderThatIsNotThereIsNothingToDo() throws IOException {
    Folders.deleteTree(dir.resolve("absent"));

    assertThat(dir.resolve("absent")).doesNotExist();
  }
}
