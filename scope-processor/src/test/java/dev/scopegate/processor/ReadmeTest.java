package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.springStandIns;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The root README's "Compile-time checks" section is true: its Maven lines and its handler are the
 * end-to-end consumer build's own (src/it, which also checks the error line the README shows), and
 * its manifest example is what the processor writes for its controller.
 */
class ReadmeTest {
  private static final Path IT = Path.of("src/it");

  /** The fenced blocks of the section, in order, without their fences. */
  private static List<String> blocks() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int from = lines.indexOf("### Compile-time checks");
    assertThat(from).isNotNegative();
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : lines.subList(from + 1, lines.size())) {
      if (block == null && line.startsWith("### ")) {
        break;
      }
      if (line.startsWith("```")) {
        if (block == null) {
          block = new StringBuilder();
        } else {
          blocks.add(block.toString());
          block = null;
        }
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static List<String> trimmed(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(line.strip());
    }
    return out;
  }

  @Test
  void theThreeMavenLinesAreTheConsumerBuildsOwn() throws IOException {
    String snippet = blocks().get(0);
    assertThat(snippet).contains("<artifactId>scope-processor</artifactId>");
    for (String project : List.of("typo", "fixed")) {
      String pom = Files.readString(IT.resolve(project + "/pom.xml")).replace("@project.version@", System.getProperty("scopegate.version"));
      assertThat(Collections.indexOfSubList(trimmed(pom), trimmed(snippet))).as(project + "/pom.xml").isNotNegative();
    }
  }

  @Test
  void theHandlerIsTheConsumerBuildsSourceAndTheFixedOneDiffersOnlyInTheTypo() throws IOException {
    String handler = blocks().get(1);
    Path source = Path.of("src/main/java/com/example/WorkflowController.java");
    String typo = Files.readString(IT.resolve("typo").resolve(source));
    assertThat(typo).isEqualTo("package com.example;\n\nimport dev.scopegate.annotations.RequiresScopes;\n\n" + handler);
    assertThat(Files.readString(IT.resolve("fixed").resolve(source))).isEqualTo(typo.replace("workflow:craete", "workflow:create"));
  }

  @Test
  void theErrorLineIsWhatJavacSaysForThatSource() throws IOException {
    String shown = blocks().get(2).strip();
    String typo = Files.readString(IT.resolve("typo/src/main/java/com/example/WorkflowController.java"));
    Compilation compilation = compile(JavaFileObjects.forSourceString("com.example.WorkflowController", typo));
    // Maven prints "[ERROR] <file>:[line,column] <message>"; the README's file path is an example.
    List<String> errors = diagnostics(compilation);
    assertThat(errors).hasSize(1);
    String[] parts = errors.get(0).split(" ", 3);
    String[] lineColumn = parts[1].split(":");
    assertThat(shown).endsWith("/src/main/java/com/example/WorkflowController.java:[" + lineColumn[0] + "," + lineColumn[1] + "] " + parts[2]);
    assertThat(shown).startsWith("[ERROR] /");
  }

  @Test
  void theManifestExampleIsWhatTheProcessorWritesForTheExampleController() throws IOException {
    List<String> blocks = blocks();
    List<JavaFileObject> sources = new ArrayList<>(springStandIns());
    sources.add(JavaFileObjects.forSourceString("com.example.WorkflowApi",
        "package com.example;\n\nimport dev.scopegate.annotations.RequiresScopes;\nimport org.springframework.web.bind.annotation.*;\n\n"
            + blocks.get(3)));
    Compilation compilation = compile(List.of(), sources);
    assertThat(diagnostics(compilation)).isEmpty();
    assertThat(manifest(compilation)).contains(blocks.get(4));
  }
}
