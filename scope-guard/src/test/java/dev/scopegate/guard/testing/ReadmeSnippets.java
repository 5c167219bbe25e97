package dev.scopegate.guard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds a README to its tests: every {@code ```java} block must appear, line for line (indentation
 * and blank lines aside), in a test source file of the module, where the compiler checks it and a
 * test runs it.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * The {@code ```java} blocks of a Markdown text.
   *
   * @param markdown the text
   * @return each block's lines, without the fences
   */
  public static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.strip().equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /**
   * The part of a Markdown text under a heading, up to the next heading of the same or a higher
   * level outside a code block.
   *
   * @param markdown the text
   * @param heading the heading line, such as {@code "### Request filters"}
   * @return the section, heading included
   * @throws IllegalArgumentException if there is no such heading
   */
  public static String section(String markdown, String heading) {
    int level = heading.indexOf(' ');
    StringBuilder out = null;
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      int hashes = 0;
      while (!fenced && hashes < line.length() && line.charAt(hashes) == '#') {
        hashes++;
      }
      boolean isHeading = hashes > 0 && line.startsWith(" ", hashes);
      if (out == null) {
        if (isHeading && line.equals(heading)) {
          out = new StringBuilder();
        } else {
          continue;
        }
      } else if (isHeading && hashes <= level) {
        break;
      }
      out.append(line).append('\n');
    }
    if (out == null) {
      throw new IllegalArgumentException("no heading " + heading);
    }
    return out.toString();
  }

  /**
   * The blocks of {@code markdown} that no {@code .java} file under {@code testSources} contains.
   *
   * @param markdown the README or a section of it
   * @param testSources the module's test source root
   * @return the missing blocks; empty when every block is in a test
   */
  public static List<String> notInTests(String markdown, Path testSources) {
    String sources;
    try (Stream<Path> files = Files.walk(testSources)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(ReadmeSnippets::read)
          .map(ReadmeSnippets::normalise).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> missing = new ArrayList<>();
    for (String block : javaBlocks(markdown)) {
      if (!sources.contains(normalise(block))) {
        missing.add(block);
      }
    }
    return missing;
  }

  /** Every line stripped, blank lines dropped. */
  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
