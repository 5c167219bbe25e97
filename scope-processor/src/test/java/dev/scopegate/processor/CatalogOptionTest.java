package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.manifestOnDisk;
import static dev.scopegate.processor.Compile.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Ascopegate.catalog=PATH}: a catalog file (the format {@code scope --catalog FILE} reads)
 * or an OpenAPI document's declared scopes, checked by real javac; a bad path or document is one
 * error naming the option, the file and the reason.
 */
class CatalogOptionTest {
  @TempDir Path dir;

  private static JavaFileObject api(String... scopes) {
    StringBuilder annotation = new StringBuilder("  @RequiresScopes({");
    for (int i = 0; i < scopes.length; i++) {
      annotation.append(i == 0 ? "" : ", ").append('"').append(scopes[i]).append('"');
    }
    return source("com.example.Api",
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        annotation.append("})").toString(),
        "  public void m() {}",
        "}");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static List<String> option(Path file) {
    return List.of("-Ascopegate.catalog=" + file);
  }

  private static final String REPORTS = """
      {"families": [{"name": "report", "displayName": "Report",
                     "verbs": {"read": "Read reports", "export": "Export reports"}, "wildcard": "All report verbs"}],
       "implies": {"report:export": ["report:read"]}}
      """;

  @Test
  void aCatalogFileReplacesTheSignstackCatalog() throws IOException {
    Path catalog = write("scopes.json", REPORTS);
    Compilation good = compile(option(catalog), api("report:export"));
    assertThat(diagnostics(good)).isEmpty();
    assertThat(manifest(good)).get().asString().contains("\"scopes\": [[\"report:export\"]]");
    assertThat(diagnostics(compile(option(catalog), api("report:raed", "workflow:create")))).containsExactly(
        "ERROR 4:20 Invalid scope \"report:raed\": the report family has no verb \"raed\" (did you mean \"report:read\"?)",
        "ERROR 4:35 Invalid scope \"workflow:create\": the catalog has no family \"workflow\"");
  }

  @Test
  void theCatalogsImplicationsAndWildcardsMakeScopesRedundant() throws IOException {
    Path catalog = write("scopes.json", REPORTS);
    assertThat(diagnostics(compile(option(catalog), api("report:read", "report:export"))))
        .singleElement().asString().startsWith("WARNING 4:20 ").contains("report:read").contains("report:export");
    assertThat(diagnostics(compile(option(catalog), api("report:*", "report:read"))))
        .singleElement().asString().startsWith("WARNING 4:32 ").contains("report:*");
  }

  @Test
  void aYamlCatalogOfScopeTokens() throws IOException {
    Path catalog = write("scopes.yaml", """
        tokens:
          accounting.transactions: Read and write transactions
          accounting.transactions.read: Read transactions
        """);
    assertThat(diagnostics(compile(option(catalog), api("accounting.transactions.read")))).isEmpty();
    assertThat(diagnostics(compile(option(catalog), api("accounting.transaction.read"))))
        .singleElement().asString().startsWith("ERROR 4:20 Invalid scope \"accounting.transaction.read\": ")
        .contains("did you mean \"accounting.transactions.read\"?");
  }

  @Test
  void anOpenApiDocumentGivesTheScopesItsSecuritySchemesDeclareInTheGrammarTheLoaderChooses() throws IOException {
    Path opaque = write("accounting.yaml", """
        openapi: 3.1.0
        info: {title: Accounting, version: "1"}
        paths: {}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: https://auth.example.com/token
                  scopes:
                    accounting.transactions.read: Read transactions
                    accounting.transactions: Read and write transactions
        """);
    assertThat(diagnostics(compile(option(opaque), api("accounting.transactions")))).isEmpty();
    // Scope tokens are opaque: "workflow:create" is a well-formed token this document does not declare.
    assertThat(diagnostics(compile(option(opaque), api("workflow:create"))))
        .singleElement().asString().startsWith("ERROR 4:20 Invalid scope \"workflow:create\": ");

    Path familyVerb = write("pets.json", """
        {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"}, "paths": {},
         "components": {"securitySchemes": {"auth": {"type": "oauth2", "flows": {"implicit": {
           "authorizationUrl": "https://auth.example.com/authorize",
           "scopes": {"pets:read": "Read pets", "pets:write": "Write pets"}}}}}}}
        """);
    assertThat(diagnostics(compile(option(familyVerb), api("pets:read")))).isEmpty();
    assertThat(diagnostics(compile(option(familyVerb), api("pets:raed")))).containsExactly(
        "ERROR 4:20 Invalid scope \"pets:raed\": the pets family has no verb \"raed\" (did you mean \"pets:read\"?)");
  }

  @Test
  void aMissingFileIsOneErrorNamingTheOptionAndTheFileAndNothingIsChecked(@TempDir Path classes) throws IOException {
    Path missing = dir.resolve("nope.json");
    Compilation compilation = compile(option(missing), api("workflow:craete"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(diagnostics(compilation)).containsExactly(
        "ERROR - Invalid -Ascopegate.catalog=" + missing + ": " + missing + ": no such file or directory");
    assertThat(manifestOnDisk(classes, option(missing), api("workflow:create"))).isEmpty();
  }

  @Test
  void aDirectoryIsNotACatalog() {
    assertThat(diagnostics(compile(option(dir), api("workflow:create"))))
        .containsExactly("ERROR - Invalid -Ascopegate.catalog=" + dir + ": " + dir + ": is a directory, not a file");
  }

  @Test
  void aDocumentThatIsNotJsonOrYamlIsOneErrorAtItsPosition() throws IOException {
    Path broken = write("scopes.json", "{\"families\": [\n  {\"name\": \"report\",\n}");
    List<String> errors = diagnostics(compile(option(broken), api("report:read")));
    assertThat(errors).singleElement().asString()
        .startsWith("ERROR - Invalid -Ascopegate.catalog=" + broken + ": " + broken + ":3:");
  }

  @Test
  void everyErrorOfTheCatalogIsListedInTheOneDiagnostic() throws IOException {
    Path bad = write("scopes.json", """
        {"tokens": {"ok": "Fine", "has space": "Bad"},
         "colour": "red"}
        """);
    // javac indents a message's later lines its own way: compare them by their text.
    assertThat(diagnostics(compile(option(bad), api("ok"))).stream().map(d -> d.replaceAll("\\R\\s*", "\n  ")))
        .containsExactly(
        "ERROR - Invalid -Ascopegate.catalog=" + bad + ": 2 errors:\n"
            + "  " + bad + ":1:27: Invalid scope \"has space\": space at index 3; a scope has no whitespace\n"
            + "  " + bad + ":2:2: unknown field \"colour\" in the catalog; the fields are families, implies, tokens");
  }

  @Test
  void aCatalogWithoutScopesWouldRejectEveryAnnotationSoItIsAnError() throws IOException {
    Path noSchemes = write("empty.yaml", "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n");
    assertThat(diagnostics(compile(option(noSchemes), api("workflow:create")))).containsExactly(
        "ERROR - Invalid -Ascopegate.catalog=" + noSchemes + ": " + noSchemes + ": the document's securitySchemes declare no scope");
  }

  @Test
  void aBlankValueIsNeitherTheBuiltInCatalogNorAPath() {
    assertThat(diagnostics(compile(List.of("-Ascopegate.catalog= "), api("workflow:create")))).containsExactly(
        "ERROR - Invalid -Ascopegate.catalog= : expected \"signstack\" or the path of a catalog file or an OpenAPI document");
  }
}
