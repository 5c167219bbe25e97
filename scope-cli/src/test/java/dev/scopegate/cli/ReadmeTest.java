package dev.scopegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code console} example in README.md is run through the real entry point and must print
 * exactly what the README shows, with the exit code it shows.
 */
class ReadmeTest {
  /** One README example: the arguments after {@code bin/scope}, the expected output, the exit code. */
  private record Example(String command, List<String> args, String expected, int exit) {}

  private static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
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
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(17);
    for (Example e : examples) {
      // The README runs from the repository root; the tests run in the module directory.
      String[] args = e.args().stream().map(a -> a.replace("scope-cli/src/", "src/")).toArray(String[]::new);
      Cli.Result r = Cli.scope(args);
      assertThat(new Cli.Result(r.exit(), (r.out() + r.err()).replace("src/test/", "scope-cli/src/test/"), ""))
          .as(e.command())
          .isEqualTo(new Cli.Result(e.exit(), e.expected(), ""));
    }
  }
}
