package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.springStandIns;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.openapi.Drift;
import dev.scopegate.openapi.HandlerManifest;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the processor writes is what scope-openapi's {@link HandlerManifest} reads back, and what
 * {@link Drift} compares with a document: the processor and the drift check agree on the format.
 */
class ManifestReadBackTest {
  private static List<JavaFileObject> springSources() {
    List<JavaFileObject> sources = new ArrayList<>(springStandIns());
    sources.add(JavaFileObjects.forResource("controllers/com/example/spring/WorkflowController.java"));
    sources.add(JavaFileObjects.forResource("controllers/com/example/spring/FileController.java"));
    return sources;
  }

  @Test
  void everyEntryTheProcessorWritesIsReadBackWithItsPosition() {
    Compilation compilation = compile(List.of(), springSources());
    assertThat(diagnostics(compilation)).isEmpty();
    String written = manifest(compilation).orElseThrow();
    HandlerManifest manifest = HandlerManifest.parse("operations.json", written);
    assertThat(manifest.problems()).isEmpty();
    List<HandlerManifest.Handler> handlers = manifest.requireValid();
    assertThat(handlers).hasSize(14);
    List<String> lines = written.lines().toList();
    for (HandlerManifest.Handler h : handlers) {
      assertThat(lines.get(h.location().line() - 1)).isEqualTo("    {");
      assertThat(lines.get(h.location().line())).isEqualTo("      \"class\": \"" + h.className() + "\",");
      assertThat(lines.get(h.scopesLocation().line() - 1)).startsWith("      \"scopes\": ");
    }
    HandlerManifest.Handler advance = handlers.get(3);
    assertThat(advance).hasToString("com.example.spring.WorkflowController.advance");
    assertThat(advance.parameters()).containsExactly("java.lang.String", "int");
    assertThat(advance.http()).extracting(Object::toString).containsExactly(
        "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/steps",
        "PUT /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/steps");
    assertThat(advance.scopes()).containsExactly(List.of("workflow:execute"), List.of("workflow:update", "signing:sign"));
    assertThat(handlers.get(4).operationId()).contains("createWorkflow");
  }

  @Test
  void aProcessorManifestDriftsFromADocumentThatRequiresSomethingElse() {
    String written = manifest(compile(List.of(), springSources())).orElseThrow();
    OpenApiSpec spec = OpenApiSpec.parse("openapi.yaml", String.join("\n",
        "openapi: 3.0.3",
        "info: {title: Workflows, version: '1'}",
        "paths:",
        "  /v1/orgs/{org}/namespaces/{ns}/workflows:",
        "    post:",
        "      operationId: createWorkflow",
        "      x-required-scopes: [workflow:create]",
        "  /v1/orgs/{org}/namespaces/{ns}/workflows/{id}:",
        "    get:",
        "      x-required-scopes: [workflow:update]",
        ""), SignstackScopes.CATALOG);
    List<Drift.Finding> findings = Drift.between(HandlerManifest.parse("operations.json", written), spec).stream()
        .filter(f -> f.kind() == Drift.Kind.SCOPES_DIFFER).toList();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.specLocation()).isEqualTo(SourceLocation.of("openapi.yaml", 9, 5));
      assertThat(f.message()).isEqualTo("GET /v1/orgs/{org}/namespaces/{ns}/workflows/{id} requires [workflow:update], but its"
          + " handler com.example.spring.WorkflowController.get requires [workflow:read]");
    });
  }
}
