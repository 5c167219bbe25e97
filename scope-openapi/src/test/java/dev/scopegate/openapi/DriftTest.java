package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift rules between a handler manifest and an OpenAPI document, on small documents. */
class DriftTest {
  /** Lines matter: findings point at them. */
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Pets, version: "1"}
      components:
        securitySchemes:
          oauth:
            type: oauth2
            flows:
              clientCredentials:
                tokenUrl: https://auth.example.com/token
                scopes:
                  pets:read: Read pets
                  pets:write: Write pets
                  pets:admin: Administer pets
                  pets:*: Everything about pets
      paths:
        /pets:
          get:
            operationId: listPets
            security: [{oauth: [pets:read]}]
          post:
            operationId: createPet
            security: [{oauth: [pets:write]}]
        /pets/{petId}:
          get:
            security: [{oauth: [pets:read]}, {oauth: [pets:admin]}]
          put:
            operationId: updatePet
            security: [{oauth: [pets:write]}]
          patch:
            security: [{oauth: ["pets:*"]}]
          delete:
            operationId: deletePet
            security: [{oauth: [pets:admin]}]
        /health:
          get:
            security: []
      """;

  private static String entry(String method, String operationId, String http, String scopes) {
    return ("    {\n"
        + "      \"class\": \"com.example.PetApi\",\n"
        + "      \"method\": \"%s\",\n"
        + "      \"parameters\": [],\n"
        + "      \"operationId\": %s,\n"
        + "      \"http\": [%s],\n"
        + "      \"scopes\": %s\n"
        + "    }").formatted(method, operationId == null ? "null" : "\"" + operationId + "\"", http, scopes);
  }

  private static String manifest(String... entries) {
    return "{\n  \"version\": 1,\n  \"operations\": [\n" + String.join(",\n", entries) + "\n  ]\n}\n";
  }

  private static List<String> drift(String manifest) {
    OpenApiSpec spec = OpenApiSpec.parse("openapi.yaml", SPEC);
    assertThat(spec.errors()).isEmpty();
    return Drift.between(HandlerManifest.parse("operations.json", manifest), spec).stream().map(Drift.Finding::toString).toList();
  }

  /** A manifest entry starts on line 4 + 8 * index; its "scopes" member is 6 lines further. */
  private static final String LIST = entry("list", "listPets", "{\"method\": \"GET\", \"path\": \"/pets\"}", "[[\"pets:read\"]]");
  private static final String CREATE = entry("create", "createPet", "{\"method\": \"POST\", \"path\": \"/pets\"}", "[[\"pets:write\"]]");
  private static final String GET = entry("get", null, "{\"method\": \"GET\", \"path\": \"/pets/{id:[0-9]{1,9}}\"}",
      "[[\"pets:admin\"], [\"pets:read\"]]");
  private static final String UPDATE = entry("update", "updatePet", "", "[[\"pets:write\"]]");
  private static final String PATCH = entry("patch", null, "{\"method\": \"PATCH\", \"path\": \"/pets/{petId}\"}",
      "[[\"pets:read\", \"pets:write\", \"pets:admin\"]]");
  private static final String DELETE = entry("delete", null, "{\"method\": \"DELETE\", \"path\": \"/pets/{pet}\"}",
      "[[\"pets:admin\"]]");

  @Test
  void handlersThatRequireWhatTheirOperationsDeclareGiveNoFinding() {
    // By operationId (list, create, update without a mapping), by method and template whatever the
    // parameters are called (get, with Spring's regex and its alternatives in another order; delete),
    // and by what the rule grants (pets:* is every pets verb).
    assertThat(drift(manifest(LIST, CREATE, GET, UPDATE, PATCH, DELETE))).isEmpty();
  }

  @Test
  void aHandlerThatRequiresSomethingElseIsReportedAtBothPositions() {
    String create = entry("create", "createPet", "", "[[\"pets:read\"], [\"pets:write\"]]");
    String patch = entry("patch", null, "{\"method\": \"PATCH\", \"path\": \"/pets/{petId}\"}", "[[\"pets:read\", \"pets:write\"]]");
    assertThat(drift(manifest(LIST, create, GET, UPDATE, patch, DELETE))).containsExactly(
        "openapi.yaml:20:5 (operations.json:18:7): POST /pets (createPet) requires [pets:write], but its handler"
            + " com.example.PetApi.create requires [pets:read] or [pets:write]",
        "openapi.yaml:29:5 (operations.json:42:7): PATCH /pets/{petId} requires [pets:*], but its handler"
            + " com.example.PetApi.patch requires [pets:read, pets:write]");
  }

  @Test
  void aHandlerScopeTheDocumentDoesNotDeclareDiffersFromEverything() {
    String list = entry("list", "listPets", "", "[[\"pets:raed\"]]");
    assertThat(drift(manifest(list, CREATE, GET, UPDATE, PATCH, DELETE))).containsExactly(
        "openapi.yaml:17:5 (operations.json:10:7): GET /pets (listPets) requires [pets:read], but its handler"
            + " com.example.PetApi.list requires [pets:raed], and Invalid scope \"pets:raed\": the pets family has no verb"
            + " \"raed\" (did you mean \"pets:read\"?) in the document's catalog");
  }

  @Test
  void anAnnotatedHandlerOfAPublicOperationDiffers() {
        // "*": a mapping without a method serves every method of its path.
    String health = entry("health", null, "{\"method\": \"*\", \"path\": \"/health\"}", "[[\"pets:read\"]]");
    assertThat(drift(manifest(LIST, CREATE, GET, UPDATE, PATCH, DELETE, health))).containsExactly(
        "openapi.yaml:35:5 (operations.json:58:7): GET /health is public, but its handler com.example.PetApi.health requires"
            + " [pets:read]");
  }

  @Test
  void handlersWithoutOperationsAndScopedOperationsWithoutHandlers() {
    String toys = entry("toys", null, "{\"method\": \"GET\", \"path\": \"/toys\"}, {\"method\": \"GET\", \"path\": \"/pets\"}",
        "[[\"pets:read\"]]");
    // Both have an operationId and they differ: no match, even though method and template agree.
    String renamed = entry("update", "renamePet", "{\"method\": \"PUT\", \"path\": \"/pets/{petId}\"}", "[[\"pets:write\"]]");
    // Neither an operationId nor a mapping: a service method, not a request handler.
    String service = entry("audit", null, "", "[[\"pets:admin\"]]");
    // toys serves GET /pets by its mapping: listPets has an operationId, toys has none.
    assertThat(drift(manifest(toys, CREATE, GET, renamed, PATCH, service))).containsExactly(
        "openapi.yaml:1:1 (operations.json:28:5): Handler com.example.PetApi.update (PUT /pets/{petId}, operationId renamePet)"
            + " serves no operation of the document",
        "openapi.yaml:26:5 (operations.json:3:3): PUT /pets/{petId} (updatePet) requires [pets:write], but no handler of"
            + " the manifest serves it",
        "openapi.yaml:31:5 (operations.json:3:3): DELETE /pets/{petId} (deletePet) requires [pets:admin], but no handler of"
            + " the manifest serves it");
    String orphan = entry("toys", null, "{\"method\": \"GET\", \"path\": \"/toys\"}", "[[\"pets:read\"]]");
    assertThat(drift(manifest(orphan, LIST, CREATE, GET, UPDATE, PATCH, DELETE))).containsExactly(
        "openapi.yaml:1:1 (operations.json:4:5): Handler com.example.PetApi.toys (GET /toys) serves no operation of the document");
  }

  @Test
  void findingsCarryTheirKindOperationAndHandler() {
    OpenApiSpec spec = OpenApiSpec.parse("openapi.yaml", SPEC);
    HandlerManifest manifest = HandlerManifest.parse("operations.json", manifest(LIST, CREATE, GET, UPDATE, PATCH));
    Drift.Finding missing = Drift.between(manifest, spec).get(0);
    assertThat(missing.kind()).isEqualTo(Drift.Kind.NO_HANDLER);
    assertThat(missing.operation().orElseThrow().operationId()).contains("deletePet");
    assertThat(missing.handler()).isEmpty();
    assertThat(missing.specLocation()).isEqualTo(SourceLocation.of("openapi.yaml", 31, 5));
    assertThat(missing.manifestLocation()).isEqualTo(manifest.operationsLocation());
    assertThat(missing).isEqualTo(Drift.between(manifest, spec).get(0)).hasSameHashCodeAs(Drift.between(manifest, spec).get(0));
    assertThat(missing).isNotEqualTo(missing.message());

    String wrong = entry("list", "listPets", "", "[[\"pets:admin\"]]");
    Drift.Finding differs = Drift.between(HandlerManifest.parse("operations.json", manifest(wrong)), spec).get(0);
    assertThat(differs.kind()).isEqualTo(Drift.Kind.SCOPES_DIFFER);
    assertThat(differs.handler().orElseThrow().method()).isEqualTo("list");
    assertThat(differs.message()).startsWith("GET /pets (listPets) requires [pets:read]");
  }

  @Test
  void aManifestWithErrorsCannotBeCompared() {
    HandlerManifest broken = HandlerManifest.parse("operations.json", "{\"version\": 2, \"operations\": []}");
    assertThatThrownBy(() -> Drift.between(broken, OpenApiSpec.parse("openapi.yaml", SPEC)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("operations.json has 1 error: operations.json:1:13: manifest version 2 is not supported; this reader"
            + " reads version 1");
  }

  @Test
  void templatesCompareWithoutTheirParametersNames() {
    assertThat(Drift.template("/pets/{petId}")).isEqualTo("/pets/{}");
    assertThat(Drift.template("/pets/{id:[0-9]{3}}/toys/{toy}.{ext}")).isEqualTo("/pets/{}/toys/{}.{}");
    assertThat(Drift.template("/a}b")).isEqualTo("/a}b");
  }
  @Test
  void operationsWithoutScopesDifferFromAnnotatedHandlersAndBrokenOnesAreNotCompared() {
    OpenApiSpec spec = OpenApiSpec.parse("other.yaml", """
        openapi: 3.0.3
        info: {title: Other, version: "1"}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            oauth:
              type: oauth2
              flows: {clientCredentials: {tokenUrl: "https://a.example.com/t", scopes: {pets:read: Read}}}
        paths:
          /keyed:
            get:
              security: [{key: []}]
          /open:
            get: {}
          /broken:
            get:
              security: [{oauth: [pets:raed]}]
        """);
    String manifest = manifest(
        entry("keyed", null, "{\"method\": \"GET\", \"path\": \"/keyed\"}", "[[\"pets:read\"]]"),
        entry("open", null, "{\"method\": \"GET\", \"path\": \"/open\"}", "[[\"pets:read\"]]"),
        entry("broken", null, "{\"method\": \"GET\", \"path\": \"/broken\"}", "[[\"pets:read\"]]"));
    assertThat(Drift.between(HandlerManifest.parse("operations.json", manifest), spec)).extracting(Drift.Finding::message)
        .containsExactly(
            "GET /keyed needs only schemes without scopes, but its handler com.example.PetApi.keyed requires [pets:read]",
            "GET /open declares no security, but its handler com.example.PetApi.open requires [pets:read]");
  }
}
