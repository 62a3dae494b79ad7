package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.store.DatabaseDump;
import org.observatory.testing.SharedData;

/**
 * The hostile-input suite of issue 12: every generated case of {@link HostileCases} runs through
 * the command line in this JVM ({@code Main.run}, as a user types it) against one database seeded
 * with real data, and must end with its exit code, one message naming the file (and line or
 * record), no stack trace, and every table of the database exactly as before.
 */
class HostileInputTest {
  @TempDir static Path dir;
  private static Path db;
  private static Map<String, String> before;

  @BeforeAll
  static void seed() throws Exception {
    db = dir.resolve("seed.duckdb");
    Path raw = SharedData.raw();
    Path eosai = Files.createDirectories(dir.resolve("seed-eosai"));
    Files.copy(raw.resolve("eosai-index/bloomz.yaml"), eosai.resolve("bloomz.yaml"));
    CliRun run =
        CliRun.of(
            "ingest",
            "--db",
            db.toString(),
            raw.resolve("hf-model-trees-oderinwale/bloom_finetunes_20250422_180448.csv").toString(),
            raw.resolve("openrouter-weekly-top-models/2025-11-16.json").toString(),
            raw.resolve("llm-prices-simonw/deepseek.json").toString(),
            raw.resolve("mof-model-openness-tool/models/Amber.yml").toString(),
            eosai.resolve("bloomz.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    before = DatabaseDump.of(db);
    assertThat(before.get("models")).doesNotStartWith("0:");
    assertThat(before.get("usage_weekly")).doesNotStartWith("0:");
  }

  static Stream<HostileCases.Case> cases() {
    return HostileCases.all().stream();
  }

  @Test
  void thereAreAtLeast200CasesAcrossEveryFormatAndOption() {
    List<HostileCases.Case> all = HostileCases.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
    assertThat(all.stream().map(HostileCases.Case::name).distinct()).hasSameSizeAs(all);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithOneClearLineAndTheDatabaseUnchanged(HostileCases.Case c) {
    Path caseDir = dir.resolve("case-" + Integer.toHexString(c.name().hashCode()));
    List<String> args = new ArrayList<>();
    for (String a : c.setup().apply(caseDir, db)) {
      args.add(a.replace("{db}", db.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(c.name() + "\n" + run.err()).isEqualTo(c.exit());
    for (String say : c.mustSay()) {
      assertThat(run.err()).as(c.name()).contains(say);
    }
    assertThat(run.err())
        .as(c.name() + ": no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("internal error")
        .doesNotContain("Exception");
    assertThat(run.err()).as(c.name() + ": no raw control character").doesNotContain("\u001b");
    assertThat(DatabaseDump.of(db)).as(c.name() + ": every table as before").isEqualTo(before);
  }
}
