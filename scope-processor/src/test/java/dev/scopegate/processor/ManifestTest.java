package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.jakartaStandIns;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.source;
import static dev.scopegate.processor.Compile.springStandIns;
import static dev.scopegate.processor.Compile.manifestOnDisk;
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
    assertThat(manifestOnDisk(without, List.of(), good)).isPresent();
    assertThat(manifestOnDisk(withError, List.of(), good, bad)).isEmpty();
  }

  @Test
  void anAnnotatedTypeWithoutPublicMethodsGivesAManifestWithNoOperations() {
    Compilation compilation = compile(source("com.example.Api",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(\"workflow:read\")",
        "public class Api {",
        "  void internal() {}",
        "}"));
    assertThat(diagnostics(compilation)).isEmpty();
    assertThat(manifest(compilation)).contains("{\n  \"version\": 1,\n  \"operations\": []\n}\n");
  }

  @Test
  void aManifestThatCannotBeWrittenIsAnErrorNamingIt() {
    JavaFileObject api = source("com.example.Api",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes(\"workflow:read\")",
        "  public void m() {}",
        "}");
    // Another processor has already created the file: javac's Filer refuses to create it twice.
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new ClaimsTheManifest(), new RequiresScopesProcessor()).compile(api);
    assertThat(diagnostics(compilation)).singleElement().asString()
        .startsWith("ERROR - Cannot write META-INF/scopegate/operations.json: ");
  }

  /** A processor that writes the manifest's path first. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class ClaimsTheManifest extends javax.annotation.processing.AbstractProcessor {
    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!round.processingOver()) {
        try {
          processingEnv.getFiler().createResource(javax.tools.StandardLocation.CLASS_OUTPUT, "", OperationsManifest.LOCATION).openWriter().close();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }
  }

  @Test
  void aMappingValueTheCompilerCannotComputeIsLeftOut(@TempDir Path classes) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(springStandIns());
    sources.addAll(jakartaStandIns("jakarta"));
    sources.add(source("com.example.Api",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "import org.springframework.web.bind.annotation.*;",
        "@RequestMapping(path = Missing.PREFIX, method = RequestMethod.GET)",
        "public class Api {",
        "  @GetMapping({\"/a\", Missing.PATH})",
        "  @RequiresScopes(\"workflow:read\")",
        "  public void m() {}",
        "}"));
    sources.add(source("com.example.Resource",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "import jakarta.ws.rs.*;",
        "@Path(Missing.ROOT)",
        "public class Resource {",
        "  @GET",
        "  @RequiresScopes(\"workflow:read\")",
        "  public void m() {}",
        "}"));
    // javac fails this compilation for the unknown symbols; the processor, which found nothing wrong
    // with the scopes, still writes its manifest, without inventing a path from a placeholder.
    String manifest = manifestOnDisk(classes, List.of(), sources.toArray(new JavaFileObject[0])).orElseThrow();
    assertThat(manifest)
        .contains("\"http\": [{\"method\": \"GET\", \"path\": \"/\"}]")
        .doesNotContain("error");
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
