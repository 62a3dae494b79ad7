package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.testing.SharedData;
import picocli.CommandLine;

/**
 * Every command the README shows, run as a reader would run it from the repository root: each line
 * of a {@code sh} block and each inline {@code `observatory ...`} or {@code `java ... -jar ...`}
 * span, in README order, by {@code sh -c} in a scratch folder that looks like the repository (the
 * built {@code app/target/observatory.jar}, the launcher {@code bin/observatory} on the PATH,
 * {@code ../shared/data/raw}), with the exit code the README gives ({@code # exit N}, else 0). A
 * line marked {@code # not run: why} (a live network fetch, a server that runs until Ctrl-C, a
 * benchmark of minutes) is parsed instead, so its options must exist. {@code mvn} lines are what
 * runs this test and are skipped. Every command of the synopsis must be run or parsed at least
 * once.
 */
class ReadmeIT {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
  private static final Pattern INLINE = Pattern.compile("`((?:observatory|java) [^`]+)`");
  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d)\\s*$");
  private static final Pattern NOT_RUN = Pattern.compile("#\\s*not run: .*$");
  private static final Pattern HEREDOC = Pattern.compile("<<'(\\w+)'$");

  @TempDir Path tmp;

  /** One command of the README: its text, the exit code it should give, whether it is run. */
  record Command(int line, String text, int exit, boolean run) {}

  @Test
  void everyCommandOfTheReadmeRunsWithTheExitCodeItSays() throws Exception {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Command> commands = commands(lines);
    Path work = repositoryLikeFolder();
    Set<String> covered = new LinkedHashSet<>();
    List<String> failures = new ArrayList<>();

    assertThat(commands).hasSizeGreaterThan(10);
    for (Command c : commands) {
      boolean observatory = c.text().matches("^(observatory|java) .*");
      String[] args = args(c.text());
      if (observatory) {
        covered.add(commandName(args));
      }
      if (!c.run() && !observatory) {
        continue;
      }
      if (!c.run()) {
        CommandLine.ParseResult parsed =
            org.observatory.Main.commandLine(sink(), sink()).parseArgs(args);
        assertThat(parsed.errors()).as("README line " + c.line() + ": " + c.text()).isEmpty();
        continue;
      }
      ProcessBuilder pb =
          new ProcessBuilder("sh", "-c", c.text())
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("out-" + c.line() + ".txt").toFile());
      pb.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        failures.add("line " + c.line() + " timed out: " + c.text());
        continue;
      }
      String out = Files.readString(tmp.resolve("out-" + c.line() + ".txt"));
      if (p.exitValue() != c.exit()) {
        failures.add(
            "line "
                + c.line()
                + ": "
                + c.text()
                + " exited "
                + p.exitValue()
                + ", the README says "
                + c.exit()
                + "\n"
                + out.lines().limit(20).reduce("", (a, b) -> a + "  | " + b + "\n"));
      }
      assertThat(out).as("line " + c.line()).doesNotContain("\tat org.observatory");
    }
    assertThat(failures).isEmpty();
    assertThat(covered).containsAll(synopsis(lines));
    Process bash =
        new ProcessBuilder(
                "bash", "-c", "source ./observatory-completion.sh && complete -p observatory")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String completion = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as(completion).isZero();
    assertThat(completion).contains("observatory");
  }

  /** A scratch folder laid out like the repository root, beside a {@code shared} link. */
  private Path repositoryLikeFolder() throws IOException {
    Path work = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(work.resolve("app/target"));
    Files.createSymbolicLink(
        work.resolve("app/target/observatory.jar"),
        Path.of("target", "observatory.jar").toAbsolutePath());
    Files.createDirectories(work.resolve("bin"));
    Files.createSymbolicLink(
        work.resolve("bin/observatory"), Path.of("..", "bin", "observatory").toAbsolutePath());
    Files.createSymbolicLink(
        tmp.resolve("shared"), SharedData.raw().toAbsolutePath().getParent().getParent());
    return work;
  }

  /** The README's commands in order: sh blocks line by line, then inline spans. */
  static List<Command> commands(List<String> lines) {
    List<Command> out = new ArrayList<>();
    String lang = null;
    StringBuilder pending = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        lang = lang == null ? fence.group(1) : null;
        continue;
      }
      if (lang == null) {
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
          out.add(new Command(i + 1, m.group(1), 0, true));
        }
        continue;
      }
      if (!lang.equals("sh") || line.isBlank()) {
        continue;
      }
      if (pending.length() == 0) {
        start = i + 1;
      }
      Matcher heredoc = HEREDOC.matcher(line);
      if (pending.length() == 0 && heredoc.find()) {
        StringBuilder text = new StringBuilder(line);
        while (!lines.get(++i).equals(heredoc.group(1))) {
          text.append('\n').append(lines.get(i));
        }
        out.add(new Command(start, text.append('\n').append(lines.get(i)).toString(), 0, true));
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      pending.append(line);
      String text = pending.toString().strip();
      pending.setLength(0);
      Matcher exit = EXIT.matcher(text);
      int code = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      boolean run = !NOT_RUN.matcher(text).find();
      text = text.replaceAll("\\s+#.*$", "").strip();
      for (String part : text.split(" && ")) {
        if (!part.startsWith("mvn ")) {
          out.add(new Command(start, part.strip(), code, run));
        }
      }
    }
    return out;
  }

  /** The arguments after {@code observatory} or {@code java ... -jar ....jar}. */
  static String[] args(String text) {
    String rest = text.replaceFirst("^(observatory|java( -\\S+)* -jar \\S+)\\s*", "");
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(rest);
    while (m.find()) {
      args.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return args.toArray(String[]::new);
  }

  /** {@code report}, {@code bench ingest}: the command a line invokes. */
  private static String commandName(String[] args) {
    CommandLine cl = org.observatory.Main.commandLine(sink(), sink());
    List<String> name = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-") || !cl.getSubcommands().containsKey(a)) {
        break;
      }
      name.add(a);
      cl = cl.getSubcommands().get(a);
    }
    return String.join(" ", name);
  }

  /** The commands the synopsis ({@code text} block under "## Commands") lists. */
  private static Set<String> synopsis(List<String> lines) {
    Set<String> out = new LinkedHashSet<>();
    int at = lines.indexOf("## Commands");
    int from = at;
    while (!lines.get(from).startsWith("```")) {
      from++;
    }
    for (int i = from + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      if (lines.get(i).startsWith("observatory ")) {
        out.add(commandName(args(lines.get(i).replaceAll("\\[.*", ""))));
      }
    }
    assertThat(out).as("the synopsis").isNotEmpty();
    return out;
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }
}
