package dev.scopegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code console} example in this module's README.md and in the root README.md is run through
 * the real entry point and must print exactly what the README shows, with the exit code it shows.
 * Both READMEs run their examples from the repository root; the tests run in the module directory,
 * so repository paths are translated on the way in and back on the way out.
 */
class ReadmeTest {
  private static final String REAL_WORLD = "../shared/realworld-specs/";

  /** One README example: the arguments after {@code bin/scope}, the expected output, the exit code. */
  private record Example(String command, List<String> args, String expected, int exit) {}

  private static List<Example> examples(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```console")) {
        continue;
      }
      String command = lines.get(++i);
      assertThat(command).startsWith("$ bin/scope ");
      StringBuilder expected = new StringBuilder();
      String line;
      while (!(line = lines.get(++i)).startsWith("(exit ")) {
        expected.append(line).append('\n');
      }
      int exit = Integer.parseInt(line.substring("(exit ".length(), line.length() - 1));
      assertThat(lines.get(++i)).isEqualTo("```");
      examples.add(new Example(command, words(command.substring("$ bin/scope ".length())), expected.toString(), exit));
    }
    return examples;
  }

  /** Splits a command line as a POSIX shell would for the quoting the README uses: plain words and "...". */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        if (word == null) {
          word = new StringBuilder();
        }
      } else if (c == ' ' && !quoted) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void everyExamplePrintsWhatTheReadmeShows() throws IOException {
    List<Example> examples = examples(Path.of("README.md"));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
    for (Example e : examples) {
      // The real-world documents sit next to the checkout: ../shared/realworld-specs/ from the root.
      String shared = Path.of(StandardSecurityCliTest.realWorld("SOURCES.md")).getParent() + "/";
      String[] args = e.args().stream()
          .map(a -> a.replace("scope-cli/src/", "src/").replace(REAL_WORLD, shared))
          .toArray(String[]::new);
      Cli.Result r = Cli.scope(args);
      String shown = (r.out() + r.err()).replace(shared, REAL_WORLD).replace("src/test/", "scope-cli/src/test/");
      assertThat(new Cli.Result(r.exit(), shown, ""))
          .as(e.command())
          .isEqualTo(new Cli.Result(e.exit(), e.expected(), ""));
    }
  }

  @Test
  void everyExampleOfTheRootReadmePrintsWhatItShows() throws IOException {
    List<Example> examples = examples(Path.of("../README.md"));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (Example e : examples) {
      String[] args = e.args().stream().map(a -> a.startsWith("examples/") ? "../" + a : a).toArray(String[]::new);
      for (String arg : args) {
        if (arg.startsWith("../examples/")) {
          assertThat(Path.of(arg)).as(e.command()).exists();
        }
      }
      Cli.Result r = Cli.scope(args);
      assertThat(new Cli.Result(r.exit(), (r.out() + r.err()).replace("../examples/", "examples/"), ""))
          .as(e.command())
          .isEqualTo(new Cli.Result(e.exit(), e.expected(), ""));
    }
  }

  /** The root README's first command: {@code bin/scope ...   # run: prints "OUTPUT", exit N}. */
  @Test
  void theRootReadmesFirstCommandPrintsWhatItsCommentSays() throws IOException {
    String line =
        Files.readAllLines(Path.of("../README.md")).stream()
            .filter(l -> l.startsWith("bin/scope "))
            .findFirst()
            .orElseThrow();
    Matcher m = Pattern.compile("bin/scope (.+?)\\s+# run: prints \"(.*)\", exit (\\d)").matcher(line);
    assertThat(m.matches()).as(line).isTrue();
    Cli.Result r = Cli.scope(words(m.group(1)).toArray(String[]::new));
    assertThat(r).isEqualTo(new Cli.Result(Integer.parseInt(m.group(3)), m.group(2) + "\n", ""));
  }

  /** The SARIF step of the GitHub Actions example runs, on files of this repository, and writes SARIF. */
  @Test
  void theCodeScanningStepWritesASarifLog() throws IOException {
    String run =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(l -> l.startsWith("- run: bin/scope "))
            .findFirst()
            .orElseThrow();
    Matcher m = Pattern.compile("- run: bin/scope (.+) > scope\\.sarif").matcher(run);
    assertThat(m.matches()).as(run).isTrue();
    String[] args = words(m.group(1)).stream().map(a -> a.startsWith("examples/") ? "../" + a : a).toArray(String[]::new);
    for (String arg : args) {
      if (arg.startsWith("../")) {
        assertThat(Path.of(arg)).exists();
      }
    }
    Cli.Result r = Cli.scope(args);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(JsonMapper.builder().build().readTree(r.out()).get("version").asString()).isEqualTo("2.1.0");
  }

  /** The catalog file shown in "The catalog file" is the fixture its explain example reads. */
  @Test
  void theCatalogFileShownIsTheOneTheExampleReads() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("```json");
    assertThat(start).isNotNegative();
    StringBuilder shown = new StringBuilder();
    for (int i = start + 1; !lines.get(i).equals("```"); i++) {
      shown.append(lines.get(i)).append('\n');
    }
    assertThat(shown.toString()).isEqualTo(Files.readString(Path.of(Cli.FIXTURES + "catalogs/reports.json")));
    assertThat(String.join("\n", lines)).contains("$ bin/scope explain --catalog scope-cli/src/test/resources/fixtures/catalogs/reports.json");
  }
}
