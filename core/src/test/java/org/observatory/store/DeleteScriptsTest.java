package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The delete scripts reach every row they must: {@code delete_dataset} every table that keeps a
 * file's name (a table added later without it fails here), {@code delete_snapshot} every table
 * keyed by snapshot date.
 */
class DeleteScriptsTest {
  private static Set<String> tablesOf(String script) {
    Set<String> tables = new TreeSet<>();
    for (String sql : Store.SQL.statements(script)) {
      tables.add(sql.replaceFirst("(?s)^DELETE FROM (\\w+).*", "$1"));
    }
    return tables;
  }

  @Test
  void deleteDatasetCoversEveryTableThatKeepsAFileName() {
    try (Store store = Store.inMemory()) {
      Set<String> keeping = new TreeSet<>();
      for (Map<String, Object> row : store.query("test_source_file_tables")) {
        keeping.add((String) row.get("table_name"));
      }
      keeping.add("dataset_sources");

      assertThat(tablesOf("delete_dataset")).isEqualTo(keeping);
    }
  }

  @Test
  void deleteSnapshotCoversEveryTableKeyedBySnapshotDate() {
    assertThat(tablesOf("delete_snapshot"))
        .containsExactlyInAnyOrder(
            "models",
            "edges",
            "snapshot_issues",
            "snapshot_sources",
            "snapshot_missing_sources",
            "snapshots");
  }
}
