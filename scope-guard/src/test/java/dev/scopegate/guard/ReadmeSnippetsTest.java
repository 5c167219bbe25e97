package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.guard.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README checker itself: blocks, sections, and what counts as compiled in a test. */
class ReadmeSnippetsTest {
  /** Written in two parts so that this file does not hold the line itself. */
  private static final String MISSING = "int notIn" + "AnyTest = 42;";

  private static final String MARKDOWN = String.join("\n",
      "# Title",
      "### A",
      "text",
      "```java",
      "  Guard guard = Guard.of(routes);",
      "",
      "```",
      "```sh",
      "# a shell comment, not a heading",
      "```",
      "#### deeper, still A",
      "```java",
      MISSING,
      "```",
      "### B",
      "```java",
      "B b;",
      "```",
      "");

  @Test
  void javaBlocksAreTheirLines() {
    assertThat(ReadmeSnippets.javaBlocks(MARKDOWN)).containsExactly("  Guard guard = Guard.of(routes);\n\n", MISSING + "\n", "B b;\n");
  }

  @Test
  void aSectionEndsAtTheNextHeadingOfItsLevelOutsideCode() {
    String a = ReadmeSnippets.section(MARKDOWN, "### A");

    assertThat(a).startsWith("### A\n").contains("# a shell comment").contains("#### deeper").doesNotContain("### B");
    assertThat(ReadmeSnippets.section(MARKDOWN, "### B")).isEqualTo("### B\n```java\nB b;\n```\n\n");
    assertThatThrownBy(() -> ReadmeSnippets.section(MARKDOWN, "### C")).hasMessage("no heading ### C");
  }

  @Test
  void aBlockCountsWhenATestHoldsItsLinesWhateverTheIndentation() {
    assertThat(ReadmeSnippets.notInTests(ReadmeSnippets.section(MARKDOWN, "### A"), Path.of("src", "test", "java")))
        .containsExactly(MISSING + "\n");
  }
}
