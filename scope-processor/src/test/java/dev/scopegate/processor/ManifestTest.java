package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.jakartaStandIns;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.source;
import static dev.scopegate.processor.Compile.springStandIns;
import static dev.scopegate.processor.Compile.writesManifest;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code META-INF/scopegate/operations.json}, compared byte for byte with manifests written by hand
 * from the controllers in {@code src/test/resources/controllers} (Spring and Jakarta REST mappings
 * come from stand-in annotations with the frameworks' qualified names).
 */
class ManifestTest {

  private static JavaFileObject controller(String path) {
    return JavaFileObjects.forResource("controllers/" + path);
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = ManifestTest.class.getResourceAsStream("/manifests/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<JavaFileObject> springSources() {
    List<JavaFileObject> sources = new ArrayList<>(springStandIns());
    sources.add(controller("com/example/spring/WorkflowController.java"));
    sources.add(controller("com/example/spring/FileController.java"));
    return sources;
  }

  @Test
  void springControllersGiveEveryMethodItsClassPrefixHttpMethodsOperationIdAndAlternatives() throws IOException {
    Compilation compilation = compile(List.of(), springSources());
    assertThat(diagnostics(compilation)).isEmpty();
    assertThat(manifest(compilation)).contains(expected("spring.json"));
  }

  @Test
  void jakartaResourcesGiveEveryMethodItsPathsAndDesignators() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(jakartaStandIns("jakarta"));
    sources.addAll(jakartaStandIns("javax"));
    sources.add(controller("com/example/jakarta/WebhookResource.java"));
    sources.add(controller("com/example/jakarta/LegacyResource.java"));
    sources.add(controller("com/example/jakarta/SubResource.java"));
    Compilation compilation = compile(List.of(), sources);
    assertThat(diagnostics(compilation)).isEmpty();
    assertThat(manifest(compilation)).contains(expected("jakarta.json"));
  }

  @Test
  void theSameSourcesInAnotherOrderGiveTheSameBytes() {
    List<JavaFileObject> reversed = springSources();
    Collections.reverse(reversed);
    assertThat(manifest(compile(List.of(), reversed))).isEqualTo(manifest(compile(List.of(), springSources())));
  }

  @Test
  void aCompilationWithoutAnyRequiresScopesWritesNoManifest() {
    Compilation compilation = compile(source("com.example.Plain", "package com.example;", "public class Plain {}"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(manifest(compilation)).isEmpty();
  }

  @Test
  void aCompilationWithAnErrorWritesNoManifest(@TempDir Path withError, @TempDir Path without) throws IOException {
    JavaFileObject good = source("com.example.Good",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Good {",
        "  @RequiresScopes(\"workflow:read\")",
        "  public void m() {}",
        "}");
    JavaFileObject bad = source("com.example.Bad",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Bad {",
        "  @RequiresScopes(\"workflow:craete\")",
        "  public void m() {}",
        "}");
    assertThat(writesManifest(without, List.of(), good)).isTrue();
    assertThat(writesManifest(withError, List.of(), good, bad)).isFalse();
  }

  @Test
  void stringsAreEscapedAsJsonRequires() {
    assertThat(OperationsManifest.quote("a\"b\\c\nd\te\rf\u0001g\u00e9"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\u00e9\"");
  }

  @Test
  void pathsJoinWithOneSlashAndStartWithOne() {
    assertThat(HttpMappings.joinSpring("", "")).isEqualTo("/");
    assertThat(HttpMappings.joinSpring("/a", "")).isEqualTo("/a");
    assertThat(HttpMappings.joinSpring("", "b")).isEqualTo("/b");
    assertThat(HttpMappings.joinSpring("a", "b")).isEqualTo("/a/b");
    assertThat(HttpMappings.joinSpring("/a/", "/b")).isEqualTo("/a/b");
    assertThat(HttpMappings.joinSpring("/a/", "b/")).isEqualTo("/a/b/");
    assertThat(HttpMappings.joinSpring("/a", "/b")).isEqualTo("/a/b");
    assertThat(HttpMappings.joinJakarta("", "")).isEqualTo("/");
    assertThat(HttpMappings.joinJakarta("//a//", "")).isEqualTo("/a");
    assertThat(HttpMappings.joinJakarta("/", "/b/")).isEqualTo("/b");
    assertThat(HttpMappings.joinJakarta("a", "{id}")).isEqualTo("/a/{id}");
  }
}
