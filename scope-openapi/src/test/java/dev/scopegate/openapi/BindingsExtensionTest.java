package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The root-level {@code x-scopegate-bindings}: declared on the document's route table, or an error at its position. */
class BindingsExtensionTest {
  private static final String PATHS = """
      paths:
        /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows:
          get:
            x-required-scopes: [workflow:read]
            responses: {'200': {description: ok}}
        /v1/orgs/{orgId}/branding:
          get:
            security: []
            responses: {'200': {description: ok}}
      """;

  private static OpenApiSpec spec(String extension) {
    return OpenApiSpec.parse("api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" + extension + PATHS,
        SignstackScopes.CATALOG);
  }

  private static List<String> errors(OpenApiSpec spec) {
    return spec.errors().stream().map(Object::toString).toList();
  }

  @Test
  void theExtensionsBindingsAreOnTheRouteTable() {
    OpenApiSpec spec = spec("""
        x-scopegate-bindings:
          parameters:
            orgId: org_id
            namespaceKey: namespace
          mode:
            parameter: namespaceKey
            claim: mode
        """);
    assertThat(spec.problems()).isEmpty();
    RouteTable routes = spec.routeTable();
    assertThat(routes.bindings()).extracting(Object::toString)
        .containsExactly("{orgId} = org_id", "{namespaceKey} = namespace", "mode of {namespaceKey} = mode");

    Guard guard = Guard.builder(routes).modeLookup(parameters -> Optional.of("test")).build();
    JwtScopeReader reader = JwtScopeReader.create();
    Map<String, Object> acme = Map.of("scope", "workflow:read", "org_id", "acme", "namespace", "signing", "mode", "test");
    assertThat(guard.check("GET", "/v1/orgs/acme/namespaces/signing/workflows", reader.read(acme)).allowed()).isTrue();
    assertThat(guard.check("GET", "/v1/orgs/globex/namespaces/signing/workflows", reader.read(acme)).message())
        .contains("Token does not match path parameter: orgId");
  }

  @Test
  void theExtensionAndTheCallersDeclarationsAddUp() {
    OpenApiSpec spec = spec("x-scopegate-bindings: {parameters: {orgId: org_id}}\n");
    assertThat(spec.routeTable(b -> b.bind("namespaceKey", "namespace")).bindings()).extracting(Object::toString)
        .containsExactly("{orgId} = org_id", "{namespaceKey} = namespace");
    assertThatThrownBy(() -> spec.routeTable(b -> b.bind("orgId", "tenant")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the parameter is bound already");
  }

  @Test
  void withoutTheExtensionTheTableBindsNothing() {
    assertThat(spec("").routeTable().bindings()).isEmpty();
  }

  @Test
  void aBadExtensionIsAnErrorAtItsPosition() {
    assertThat(errors(spec("x-scopegate-bindings: [orgId]\n")))
        .containsExactly("api.yaml:3:23: x-scopegate-bindings must be an object with \"parameters\" and \"mode\", not an array");
    assertThat(errors(spec("""
        x-scopegate-bindings:
          parameters:
            orgId: 7
            tenant: org_id
            bad name: x
            namespaceKey: ''
          modes: {}
          mode: {parameter: namespaceKey}
        """))).containsExactly(
        "api.yaml:5:12: x-scopegate-bindings.parameters.orgId must be a token claim's name (a string), not a number",
        "api.yaml:6:5: x-scopegate-bindings.parameters.tenant binds nothing: no protected operation has a {tenant} parameter",
        "api.yaml:7:5: x-scopegate-bindings.parameters.bad name: Invalid binding bind(\"bad name\", \"x\"): a parameter name"
            + " uses letters, digits, '_', '-' and '.', as in the templates' {name}",
        "api.yaml:8:5: x-scopegate-bindings.parameters.namespaceKey: Invalid binding bind(\"namespaceKey\", \"\"): the claim"
            + " name is empty",
        "api.yaml:9:3: x-scopegate-bindings has an unknown field \"modes\"; it takes \"parameters\" and \"mode\"",
        "api.yaml:10:3: x-scopegate-bindings.mode needs both \"parameter\" (the path parameter naming the namespace) and"
            + " \"claim\" (the token's mode claim)");
    assertThatThrownBy(() -> spec("x-scopegate-bindings: {parameters: {tenant: org_id}}\n").routeTable())
        .isInstanceOf(InvalidSpecException.class).hasMessageContaining("binds nothing");
  }

  @Test
  void aPublicOperationsParameterIsNotEnoughToBind() {
    OpenApiSpec spec = spec("""
        x-scopegate-bindings:
          parameters: {orgId: org_id}
          mode: {parameter: orgId, claim: mode, extra: x}
        """);
    assertThat(errors(spec)).containsExactly(
        "api.yaml:5:41: x-scopegate-bindings.mode has an unknown field \"extra\"; it takes \"parameter\" and \"claim\"");
  }

  /** The YAML block of a README's bindings section. */
  private static String readmeBlock(java.nio.file.Path readme, String section) throws java.io.IOException {
    String text = java.nio.file.Files.readString(readme);
    int from = text.indexOf("```yaml\n", text.indexOf(section)) + "```yaml\n".length();
    return text.substring(from, text.indexOf("```", from));
  }

  @Test
  void theReadmesExtensionIsReadAsShown() throws java.io.IOException {
    String own = readmeBlock(java.nio.file.Path.of("README.md"), "## Tenant bindings: `x-scopegate-bindings`");
    String root = readmeBlock(java.nio.file.Path.of("..", "README.md"), "**From OpenAPI and Spring Boot.**");
    assertThat(root).isEqualTo(own);
    OpenApiSpec spec = spec(own);
    assertThat(spec.problems()).isEmpty();
    assertThat(spec.routeTable().bindings()).extracting(Object::toString)
        .containsExactly("{orgId} = org_id", "{namespaceKey} = namespace", "mode of {namespaceKey} = mode");
  }
}
