package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a catalog file can be wrong is an error at its position, and the file has no catalog. */
class CatalogFileProblemsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      [1]                                                                      | c.json:1:1: a catalog must be an object with a "families" array or a "tokens" object, not an array
      {}                                                                       | c.json:1:1: no "families" array or "tokens" object
      {"tokens": {"a": "A"}, "families": []}                                   | a catalog has "families" (family:verb scopes) or "tokens" (scope tokens), not both
      {"tokens": [1]}                                                          | "tokens" must be an object of scope: description, not an array
      {"tokens": {}}                                                           | "tokens" is empty; a catalog needs at least one scope
      {"families": {}}                                                         | "families" must be an array of families, not an object
      {"families": []}                                                         | "families" is empty; a catalog needs at least one family
      {"families": [1]}                                                        | a family must be an object, not a number
      {"families": [{"displayName": "R", "verbs": {"read": "R"}}]}              | has no "name"
      {"families": [{"name": "Report", "displayName": "R", "verbs": {"read": "R"}}]} | family name "Report" is invalid
      {"families": [{"name": "report", "displayName": "R"}]}                   | has no "verbs" object; a family needs at least one verb
      {"families": [{"name": "report", "displayName": "R", "verbs": []}]}      | must be an object of verb: description, not an array
      {"families": [{"name": "report", "displayName": "R", "verbs": {}}]}      | is empty; a family needs at least one verb
      {"families": [{"name": "report", "displayName": "R", "verbs": {"*": "All"}}]} | declare the wildcard with "wildcard": "description"
      {"families": [{"name": "report", "displayName": "R", "verbs": {"Read": "R"}}]} | verb "Read" of
      {"families": [{"name": "report", "displayName": "R", "verbs": {"read": 1}}]} | the description of report:read must be a string, not a number
      {"families": [{"name": "report", "displayName": " ", "verbs": {"read": "R"}}]} | "displayName" of
      {"families": [{"name": "report", "displayName": 2, "verbs": {"read": "R"}}]} | must be a string, not a number
      {"families": [{"name": "report", "displayName": "R", "verbs": {"read": "R"}, "colour": "red"}]} | unknown field "colour"
      {"tokens": {"a": "A"}, "implies": []}                                    | "implies" must be an object of scope: [scopes it grants], not an array
      {"tokens": {"a": "A"}, "implies": {"a": []}}                             | what a implies must be a non-empty array of scopes
      {"tokens": {"a": "A"}, "implies": {"a": [1]}}                            | a scope a implies must be a string, not a number
      {"tokens": {"a": "A"}, "implies": {"a": ["b"]}}                          | "implies":
      {"tokens": {"a": "A", "b": "B"}, "implies": {"a": ["b"], "b": ["a"]}}    | "implies":
      {"tokens": {"a": "A"}, "extra": 1}                                       | unknown field "extra" in the catalog
      """)
  void isAnErrorAtItsPosition(String text, String expected) {
    CatalogDocument doc = CatalogDocument.parse("c.json", text);
    assertThat(doc.catalog()).isEmpty();
    assertThat(doc.problems().stream().filter(SpecProblem::isError).map(SpecProblem::toString)
            .collect(Collectors.toList()))
        .anySatisfy(p -> assertThat(p).startsWith("c.json:").contains(expected.strip()));
  }

  @Test
  void schemesAndRequirementsAreValuesWithReadableSummaries() {
    String doc = """
        openapi: 3.0.3
        components:
          securitySchemes:
            auth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://x', scopes: {'read:pets': Read}}}}
            key: {type: apiKey, name: k, in: header}
        security: [{auth: ['read:pets']}, {key: []}, {}]
        paths: {/p: {get: {}}}
        """;
    OpenApiSpec one = OpenApiSpec.parse("a.yaml", doc);
    OpenApiSpec two = OpenApiSpec.parse("a.yaml", doc);
    assertThat(one.schemes()).hasToString("[auth (oauth2: read:pets), key (apiKey)]");
    assertThat(one.schemes().get(0).type().hasScopes()).isTrue();
    assertThat(one.schemes().get(1).type().hasScopes()).isFalse();
    new EqualsTester()
        .addEqualityGroup(one.schemes().get(0), two.schemes().get(0))
        .addEqualityGroup(one.schemes().get(1), two.schemes().get(1))
        .testEquals();
    Operation op = one.operations().operations().get(0);
    assertThat(op.security()).hasSize(3);
    assertThat(op.security().get(2).isAnonymous()).isTrue();
    assertThat(op.security().get(0).isAnonymous()).isFalse();
    assertThat(op.security().get(0).schemes()).containsEntry("auth", java.util.List.of("read:pets"));
    new EqualsTester()
        .addEqualityGroup(op.security().get(0), two.operations().operations().get(0).security().get(0))
        .addEqualityGroup(op.security().get(1))
        .testEquals();
    assertThat(op.isPublic()).isTrue();
  }

  @Test
  void optionsAreValues() {
    OpenApiOptions d = OpenApiOptions.defaults();
    new EqualsTester()
        .addEqualityGroup(d, OpenApiOptions.defaults())
        .addEqualityGroup(d.grammar(dev.scopegate.ScopeGrammar.SCOPE_TOKEN))
        .addEqualityGroup(d.nonScopeSchemes(OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE))
        .addEqualityGroup(d.catalog(dev.scopegate.catalog.SignstackScopes.CATALOG))
        .addEqualityGroup(d.catalogWhenNoneDeclared(dev.scopegate.catalog.SignstackScopes.CATALOG))
        .testEquals();
    assertThat(d).hasToString("OpenApiOptions[catalog: the document's, grammar: automatic, non-scope schemes: DENY]");
    assertThat(d.grammar(dev.scopegate.ScopeGrammar.SCOPE_TOKEN).nonScopeSchemes(
            OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE).toString())
        .isEqualTo("OpenApiOptions[catalog: the document's, grammar: SCOPE_TOKEN, non-scope schemes: AUTHENTICATED_ELSEWHERE]");
    assertThat(d.catalogWhenNoneDeclared(dev.scopegate.catalog.SignstackScopes.CATALOG).toString())
        .contains(", when none declared: ");
  }
}
