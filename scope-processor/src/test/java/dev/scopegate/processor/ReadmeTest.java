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
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's "Compile-time checks" snippets that no consumer build runs: the Gradle line, the
 * error javac gives for the handler, and the manifest example. (The Maven lines and the handler are
 * built for real by scope-consumer-tests' processor-consumer, which also checks the error line in a
 * Maven build's log.)
 */
class ReadmeTest {
  private static String snippet(String name) throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("<!-- snippet: " + name + " -->");
    assertThat(at).as("snippet " + name).isNotNegative();
    assertThat(readme.get(at + 1)).startsWith("```");
    StringBuilder body = new StringBuilder();
    for (int i = at + 2; !readme.get(i).equals("```"); i++) {
      body.append(readme.get(i)).append('\n');
    }
    return body.toString();
  }

  @Test
  void theMavenAndGradleLinesNameThisProcessorAtTheBuildsVersion() throws IOException {
    String version = System.getProperty("scopegate.version");
    assertThat(snippet("processor-maven"))
        .contains("<groupId>dev.scopegate</groupId>", "<artifactId>scope-processor</artifactId>", "<version>" + version + "</version>");
    assertThat(snippet("processor-gradle")).isEqualTo("annotationProcessor(\"dev.scopegate:scope-processor:" + version + "\")\n");
  }

  @Test
  void theErrorLineIsWhatJavacSaysForTheHandler() throws IOException {
    // As the consumer build compiles it: in package com.example, with its import.
    String source = "package com.example;\n\nimport dev.scopegate.annotations.RequiresScopes;\n\n" + snippet("processor-handler");
    Compilation compilation = compile(JavaFileObjects.forSourceString("com.example.WorkflowController", source));
    List<String> errors = diagnostics(compilation);
    assertThat(errors).hasSize(1);
    // "ERROR line:column message" here; Maven prints "[ERROR] <file>:[line,column] message".
    String[] parts = errors.get(0).split(" ", 3);
    String[] lineColumn = parts[1].split(":");
    assertThat(snippet("processor-error").strip())
        .startsWith("[ERROR] /")
        .endsWith("/src/main/java/com/example/WorkflowController.java:[" + lineColumn[0] + "," + lineColumn[1] + "] " + parts[2]);
  }

  @Test
  void theManifestExampleIsWhatTheProcessorWritesForTheExampleController() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(springStandIns());
    sources.add(JavaFileObjects.forSourceString("com.example.WorkflowApi",
        "package com.example;\n\nimport dev.scopegate.annotations.RequiresScopes;\nimport org.springframework.web.bind.annotation.*;\n\n"
            + snippet("processor-manifest-controller")));
    Compilation compilation = compile(List.of(), sources);
    assertThat(diagnostics(compilation)).isEmpty();
    assertThat(manifest(compilation)).contains(snippet("processor-manifest"));
  }
  @Test
  void theCatalogOptionLineChecksAgainstTheDocumentItNames(@TempDir Path project) throws IOException {
    String snippet = snippet("processor-catalog-option");
    String arg = snippet.substring(snippet.indexOf("<arg>") + "<arg>".length(), snippet.indexOf("</arg>"));
    assertThat(arg).startsWith("-Ascopegate.catalog=${project.basedir}/");
    Path document = project.resolve(arg.substring(arg.indexOf("}/") + 2));
    Files.createDirectories(document.getParent());
    Files.writeString(document, """
        openapi: 3.1.0
        info: {title: Reports, version: "1"}
        paths: {}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: https://auth.example.com/token
                  scopes: {report:read: Read reports}
        """);
    List<String> options = List.of(arg.replace("${project.basedir}", project.toString()));
    assertThat(diagnostics(compile(options, handler("report:read")))).isEmpty();
    assertThat(diagnostics(compile(options, handler("workflow:create")))).singleElement().asString()
        .startsWith("ERROR 4:19 Invalid scope \"workflow:create\"");
  }

  @Test
  void theCatalogErrorIsWhatJavacSaysForAMissingFile() throws IOException {
    String line = snippet("processor-catalog-error").strip();
    String option = line.substring("error: Invalid ".length(), line.indexOf(": ", "error: Invalid ".length()));
    // The module's directory has no src/main/resources/openapi.yaml, as a project that lacks it.
    assertThat(Path.of(option.substring(option.indexOf('=') + 1))).doesNotExist();
    assertThat(diagnostics(compile(List.of(option), handler("workflow:create"))))
        .containsExactly("ERROR - " + line.substring("error: ".length()));
  }

  private static JavaFileObject handler(String scope) {
    return JavaFileObjects.forSourceLines("com.example.Api",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes(\"" + scope + "\")",
        "  public void m() {}",
        "}");
  }
}
