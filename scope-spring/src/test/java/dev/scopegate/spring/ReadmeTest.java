package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.testing.ReadmeSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** scope-spring/README.md is true: its path table is the corpus's, and every Java snippet is compiled in a test here. */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Path TESTS = Path.of("src", "test", "java");

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void thePathTableIsTheCorpus() throws IOException {
    String readme = read(README);
    int begin = readme.indexOf(SpringPathTable.BEGIN);
    int end = readme.indexOf(SpringPathTable.END);
    assertThat(begin).as("the README has the table's markers").isNotNegative();
    assertThat(end).isGreaterThan(begin);

    assertThat(readme.substring(begin, end + SpringPathTable.END.length() + 1))
        .as("scope-spring/README.md's path table; regenerate it from SpringPathTable.render()")
        .isEqualTo(SpringPathTable.render());
  }

  @Test
  void everyJavaSnippetIsCompiledInATest() throws IOException {
    assertThat(ReadmeSnippets.javaBlocks(read(README))).hasSize(2);
    assertThat(ReadmeSnippets.notInTests(read(README), TESTS)).isEmpty();
  }
}
