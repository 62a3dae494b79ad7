package org.observatory.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.observatory.generate.GeneratedFile;
import org.observatory.generate.HubRecordGenerator;
import org.observatory.model.Folders;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options every generating benchmark shares, one picocli mixin: how many synthetic Hub records
 * to generate ({@code --records}, also spelled {@code --models}; each command sets its own
 * default), the generator seed, the folder for the generated file and the databases ({@code --dir},
 * else a temporary folder), and whether to keep them ({@code --keep}). A command declares it with
 * its default, {@code @Mixin GeneratedInput input = new GeneratedInput(1_000_000);}: picocli keeps
 * that instance and shows the field's value as the default in the help.
 */
final class GeneratedInput {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"--records", "--models"},
      paramLabel = "N",
      description = "Synthetic Hub model records to generate (default: ${DEFAULT-VALUE}).")
  long records;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dir",
      description =
          "Folder for the generated file and the databases (default: a temporary folder).")
  Path dir;

  @Option(names = "--keep", description = "Keep the generated file and the databases.")
  boolean keep;

  private static final double MB = 1024.0 * 1024.0;

  private Path folder;
  private Path file;

  GeneratedInput(long defaultRecords) {
    this.records = defaultRecords;
  }

  /**
   * Checks {@code --records}, creates the folder (a temporary one unless {@code --dir} names one)
   * and returns the path the records will have there, {@code
   * hub-<name>-<records>-seed<seed>.jsonl}.
   */
  Path open(String name) throws IOException {
    if (records < 1) {
      throw new CommandLine.ParameterException(
          mixee.commandLine(), "--records (--models) must be at least 1");
    }
    folder =
        dir == null ? Files.createTempDirectory("observatory-bench") : Files.createDirectories(dir);
    file = folder.resolve("hub-" + name + "-" + records + "-seed" + seed + ".jsonl");
    return file;
  }

  /**
   * Writes the records to the path {@link #open} gave, deterministic for the seed, and prints what
   * was written: {@code <label> N (seed S; D with base_model tags)}, the file, its size and the
   * seconds generating took (untimed by the benchmark itself).
   */
  GeneratedFile generate(PrintWriter out, String label) throws IOException {
    long start = System.nanoTime();
    GeneratedFile generated = new HubRecordGenerator(seed).write(file, records);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%-13s %,d (seed %d; %,d with base_model tags)%n",
        label,
        generated.records(),
        seed,
        generated.derivatives());
    out.printf(Locale.ROOT, "file          %s%n", generated.path());
    out.printf(
        Locale.ROOT,
        "file size     %.1f MB (%,d bytes, %.0f bytes/record; generated in %.1f s, untimed)%n",
        generated.bytes() / MB,
        generated.bytes(),
        (double) generated.bytes() / generated.records(),
        seconds);
    out.flush();
    return generated;
  }

  /**
   * Unless {@code --keep}: deletes the temporary folder with all in it, or in a folder {@code
   * --dir} named, the generated file and the given files (the databases) only.
   */
  void close(PrintWriter out, List<Path> files) throws IOException {
    if (keep) {
      out.printf(Locale.ROOT, "kept          %s%n", folder);
    } else if (dir == null) {
      Folders.deleteTree(folder);
    } else {
      for (Path p : files) {
        Files.deleteIfExists(p);
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
    out.flush();
  }
}
