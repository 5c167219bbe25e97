package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken schemes, security lists and path items: each is an error naming what is wrong, so the
 * document has no route table. The documents are JSON on one line, so each case stays one row.
 */
class StructureProblemsTest {
  private static final String OAUTH =
      "\"auth\": {\"type\": \"oauth2\", \"flows\": {\"implicit\": {\"authorizationUrl\": \"https://x\","
          + " \"scopes\": {\"read:pets\": \"Read\"}}}}";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      "components": 1                                                              | "components" must be an object, not a number
      "components": {"securitySchemes": []}                                        | "securitySchemes" must be an object of schemes, not an array
      "components": {"securitySchemes": {"a": 1}}                                  | security scheme "a" must be an object, not a number
      "components": {"securitySchemes": {"a": {}}}                                 | security scheme "a" has no "type"
      "components": {"securitySchemes": {"a": {"type": "cookie"}}}                 | "type" of security scheme "a" is "cookie"; the types are apiKey, http, mutualTLS, oauth2, openIdConnect
      "components": {"securitySchemes": {"a": {"type": "oauth2"}}}                 | security scheme "a" is oauth2 but has no "flows"
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": []}}}    | "flows" of security scheme "a" must be an object, not an array
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": {"magic": {}}}}} | unknown flow "magic" in security scheme "a"; the flows are
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": {"implicit": 1}}}} | the implicit flow of security scheme "a" must be an object, not a number
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": {"implicit": {}}}}} | the implicit flow of security scheme "a" has no "scopes"
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": {"implicit": {"scopes": []}}}}} | "scopes" of the implicit flow of security scheme "a" must be an object of scope: description, not an array
      "components": {"securitySchemes": {"a": {"type": "oauth2", "flows": {"implicit": {"scopes": {"s": 1}}}}}} | the description of scope "s" in the implicit flow of security scheme "a" must be a string, not a number
      "security": {}                                                              | "security" of the root must be an array of requirement objects, not an object
      "security": [1]                                                             | a requirement in "security" of the root must be an object of scheme: [scopes], not a number
      "security": [{"nobody": []}]                                                | "security" of the root names the scheme "nobody", which components.securitySchemes does not declare
      "components": {"securitySchemes": {OAUTH}}, "security": [{"auth": "read:pets"}] | the list of "auth" in "security" of the root must be an array of scope strings
      "components": {"securitySchemes": {OAUTH}}, "security": [{"auth": [1]}]     | an entry of "auth" in "security" of the root must be a scope string, not a number
      "paths": []                                                                 | "paths" must be an object, not an array
      "paths": {"p": {}}                                                          | path "p" must start with "/"
      "paths": {"/p": {"get": 1}}                                                 | operation GET /p must be an object, not a number
      "paths": {"/p": {"x-required-scopes": ["read:pets"]}}                       | "x-required-scopes" belongs on an operation, not on
      "paths": {"/p": {"GET": {}}}                                                | unknown field "GET" in
      """)
  void isAnError(String members, String expected) {
    String text = "{\"openapi\": \"3.0.3\", " + members.replace("OAUTH", OAUTH) + "}";
    OpenApiSpec spec = OpenApiSpec.parse("a.json", text);
    List<String> errors = spec.errors().stream().map(SpecProblem::toString).collect(Collectors.toList());
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("a.json:").contains(expected.strip()));
  }

  @Test
  void openApi32QueryAndAdditionalOperationsAreRoutes() {
    String text = """
        openapi: 3.2.0
        components:
          securitySchemes:
            auth:
              type: oauth2
              flows:
                deviceAuthorization:
                  deviceAuthorizationUrl: https://x/device
                  tokenUrl: https://x/token
                  scopes: {'read:pets': Read pets}
        security: [{auth: ['read:pets']}]
        paths:
          /pets:
            query: {operationId: queryPets}
            additionalOperations:
              LINK: {operationId: linkPets}
        """;
    OpenApiSpec spec = OpenApiSpec.parse("a.yaml", text);
    assertThat(spec.errors()).isEmpty();
    assertThat(spec.operations().operations()).extracting(Operation::toString)
        .containsExactly("QUERY /pets (queryPets)", "LINK /pets (linkPets)");
    assertThat(spec.catalog().description(spec.catalog().parse("read:pets"))).hasValue("Read pets");

    OpenApiSpec misplaced = OpenApiSpec.parse("a.yaml", text.replace("LINK:", "get:"));
    assertThat(misplaced.errors()).extracting(SpecProblem::toString).anySatisfy(e -> assertThat(e)
        .contains("method \"get\" of path item \"/pets\" belongs in the path item itself, not in additionalOperations"));
    OpenApiSpec notAMap = OpenApiSpec.parse("a.yaml", text.replace("LINK: {operationId: linkPets}", "[1]"));
    assertThat(notAMap.errors()).extracting(SpecProblem::toString).anySatisfy(e -> assertThat(e)
        .contains("\"additionalOperations\" of path item \"/pets\" must be an object of method: operation"));
    OpenApiSpec in31 = OpenApiSpec.parse("a.yaml", text.replace("3.2.0", "3.1.0").replace("deviceAuthorization:",
        "clientCredentials:").replace("deviceAuthorizationUrl: https://x/device", "x-note: n"));
    assertThat(in31.errors()).extracting(SpecProblem::toString).anySatisfy(e -> assertThat(e)
        .contains("unknown field \"query\""));
  }
}
