package org.observatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.observatory.store.SqlCatalog;

/**
 * One indicator SQL for every engine: each indicator of the catalog has its file once, under {@code
 * sql/indicators/}; an engine folder holds an indicator file only as an override of that common
 * file, and says why in its first line.
 */
class IndicatorSqlTest {
  private static final List<String> ENGINES = List.of("duckdb", "spark");

  @Test
  void everyIndicatorOfTheCatalogHasOneCommonFile() throws Exception {
    Path common = sqlRoot().resolve("indicators");
    for (IndicatorSpec spec : IndicatorCatalog.bundled()) {
      assertThat(spec.sql()).as(spec.name()).startsWith("indicators/");
      assertThat(common.resolve(spec.sql().substring("indicators/".length()) + ".sql"))
          .as(spec.name() + ": the common file")
          .isRegularFile();
    }
  }

  @Test
  void engineFoldersHoldIndicatorsOnlyAsOverridesThatSayWhy() throws Exception {
    Path root = sqlRoot();
    for (String engine : ENGINES) {
      Path folder = root.resolve(engine).resolve("indicators");
      if (!Files.isDirectory(folder)) {
        continue;
      }
      for (Path file : files(folder)) {
        String name = file.getFileName().toString();
        assertThat(root.resolve("indicators").resolve(name))
            .as(engine + "/indicators/" + name + " overrides a common file")
            .isRegularFile();
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertThat(first)
            .as(engine + "/indicators/" + name + ": first line")
            .startsWith("-- Override of sql/indicators/" + name + ": ");
        assertThat(first.length()).as("a reason follows").isGreaterThan(60);
      }
    }
  }

  @Test
  void theCatalogReadsTheEngineFileFirstThenTheCommonOne() {
    assertThat(new SqlCatalog("duckdb").path("indicators/concentration"))
        .isEqualTo("sql/duckdb/indicators/concentration.sql");
    assertThat(new SqlCatalog("spark").path("indicators/concentration"))
        .isEqualTo("sql/indicators/concentration.sql");
    assertThat(new SqlCatalog("duckdb").path("indicators/downloads_by_origin"))
        .isEqualTo("sql/indicators/downloads_by_origin.sql");
    assertThat(new SqlCatalog("spark").get("indicators/families"))
        .isEqualTo(new SqlCatalog("duckdb").get("indicators/families"));
  }

  /** The main resources' {@code sql/} folder (the test resources have one too). */
  private static Path sqlRoot() throws URISyntaxException {
    return Path.of(SqlCatalog.class.getClassLoader().getResource("sql/duckdb/schema.sql").toURI())
        .getParent()
        .getParent();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }
}
