package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog files (families or scope tokens, with implications) and OpenAPI documents as catalogs. */
class CatalogDocumentTest {
  private static List<String> problems(CatalogDocument doc) {
    return doc.problems().stream().map(SpecProblem::toString).collect(Collectors.toList());
  }

  @Test
  void familiesWithImplications() {
    CatalogDocument doc = CatalogDocument.parse("c.json",
        """
        {"families": [{"name": "report", "displayName": "Report",
                       "verbs": {"read": "Read reports", "export": "Export reports"}, "wildcard": "All report verbs"}],
         "implies": {"report:export": ["report:read"]}}
        """);
    ScopeCatalog catalog = doc.requireValid();
    assertThat(doc.isOpenApi()).isFalse();
    assertThat(catalog.grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    assertThat(catalog.expand(catalog.parse("report:export"))).extracting(Object::toString)
        .containsExactly("report:read", "report:export");
    assertThat(doc).hasToString("CatalogDocument[c.json: " + catalog + "]");
  }

  @Test
  void scopeTokensInYaml() {
    CatalogDocument doc = CatalogDocument.parse("c.yaml",
        """
        tokens:
          accounting.transactions: Read and write transactions
          accounting.transactions.read: Read transactions
        implies:
          accounting.transactions: [accounting.transactions.read]
        """);
    ScopeCatalog catalog = doc.catalog().orElseThrow();
    assertThat(catalog.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(catalog.grant(catalog.parseAll("accounting.transactions")).covers(catalog.parse("accounting.transactions.read")))
        .isTrue();
  }

  @Test
  void everyProblemIsReportedWithItsPosition() {
    CatalogDocument doc = CatalogDocument.parse("c.json",
        """
        {"tokens": {"ok": "Fine", "has space": "Bad", "blank": " ", "ok": "Again"},
         "implies": {"ok": ["missing"], "blank": "ok"},
         "colour": "red"}
        """);
    assertThat(doc.hasErrors()).isTrue();
    assertThat(doc.catalog()).isEmpty();
    assertThat(problems(doc)).containsExactly(
        "c.json:1:27: Invalid scope \"has space\": space at index 3; a scope has no whitespace",
        "c.json:1:56: the description of blank is blank",
        "c.json:1:61: duplicate scope ok in \"tokens\" (first at line 1, column 13)",
        "c.json:2:42: what blank implies must be a non-empty array of scopes, not a string (\"ok\")",
        "c.json:3:2: unknown field \"colour\" in the catalog; the fields are families, implies, tokens");
    assertThatThrownBy(doc::requireValid).isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("c.json has 5 errors; the first: c.json:1:27: Invalid scope");
  }

  @Test
  void anImplicationOfAnUndeclaredScopeOrACycleIsAnError() {
    assertThat(problems(CatalogDocument.parse("c.json", "{\"tokens\": {\"a\": \"A\"}, \"implies\": {\"a\": [\"b\"]}}")))
        .containsExactly("c.json:1:42: \"implies\": Invalid scope \"b\": the catalog declares no such scope");
    assertThat(problems(CatalogDocument.parse("c.json",
            "{\"tokens\": {\"a\": \"A\", \"b\": \"B\"}, \"implies\": {\"a\": [\"b\"], \"b\": [\"a\"]}}")))
        .containsExactly("c.json:1:34: \"implies\": Implication cycle a -> b -> a: the scopes of a cycle grant each"
            + " other, so they would be equivalent; declare one scope, or imply in one direction");
    assertThat(problems(CatalogDocument.parse("c.json", "{\"families\": [], \"tokens\": {}}")))
        .containsExactly("c.json:1:18: a catalog has \"families\" (family:verb scopes) or \"tokens\" (scope tokens), not"
            + " both");
  }

  @Test
  void anOpenApiDocumentGivesTheScopesItDeclares() {
    CatalogDocument doc = CatalogDocument.parse("api.yaml",
        """
        openapi: 3.1.0
        components:
          securitySchemes:
            auth:
              type: oauth2
              flows:
                implicit: {authorizationUrl: https://example.com/a, scopes: {"read:pets": Read, "write:pets": Write}}
        paths:
          /a:
            get: {security: [{auth: [no:such]}]}
        """);
    // The operation's undeclared scope is the document's problem, not the catalog's.
    assertThat(doc.isOpenApi()).isTrue();
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.requireValid().scopes()).extracting(Object::toString).containsExactly("read:pets", "write:pets");

    CatalogDocument broken = CatalogDocument.parse("api.yaml",
        "openapi: 3.1.0\ncomponents:\n  securitySchemes:\n    auth: {type: oauth3}\n");
    assertThat(problems(broken)).containsExactly(
        "api.yaml:4:18: \"type\" of security scheme \"auth\" is \"oauth3\"; the types are apiKey, http,"
            + " mutualTLS, oauth2, openIdConnect");
  }

  @Test
  void filesAreReadOrRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, "{\"tokens\": {\"a\": \"A\"}}");
    assertThat(CatalogDocument.load(file).requireValid().scopes()).hasSize(1);
    assertThat(CatalogDocument.load(file).source()).isEqualTo(file.toString());
    Files.writeString(file, "{\"tokens\": ");
    assertThat(problems(CatalogDocument.load(file))).hasSize(1).allMatch(p -> p.contains("invalid JSON"));
    assertThatThrownBy(() -> CatalogDocument.load(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
  }
}
