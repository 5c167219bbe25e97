package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.ScopeClaim;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An OpenAPI document becomes the request guard's route table, and the guard enforces it. */
class RouteTableAdapterTest {

  private static Guard guard() throws Exception {
    Path spec = Path.of(RouteTableAdapterTest.class.getResource("/specs/signstack.json").toURI());
    return Guard.of(OpenApiSpec.load(spec, SignstackScopes.CATALOG).routeTable());
  }

  @Test
  void everyOperationBecomesARouteWithItsDeclaredRequirement() throws Exception {
    Path spec = Path.of(RouteTableAdapterTest.class.getResource("/specs/signstack.json").toURI());
    OpenApiSpec loaded = OpenApiSpec.load(spec, SignstackScopes.CATALOG);
    assertThat(loaded.routeTable().routes()).hasSize(loaded.operations().size());
  }

  @Test
  void theGuardEnforcesTheDocumentsScopes() throws Exception {
    Guard guard = guard();
    String workflows = "/v1/orgs/o1/namespaces/ns1/workflows";
    GuardDecision denied = guard.check("POST", workflows, ScopeClaim.of("workflow:read"));
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.message()).contains("Token lacks required scope: workflow:create");
    assertThat(guard.check("POST", workflows, ScopeClaim.of("workflow:*")).allowed()).isTrue();
    assertThat(guard.check("GET", workflows, ScopeClaim.of("workflow:read")).allowed()).isTrue();

    GuardDecision both = guard.check("POST", workflows + "/w1/void", ScopeClaim.of("workflow:update"));
    assertThat(both.message()).contains("Token lacks required scope: workflow:read");
  }

  @Test
  void publicOperationsNeedNoTokenAndUndeclaredOnesAreDenied() throws Exception {
    Guard guard = guard();
    assertThat(guard.check("POST", "/v1/auth/token", ScopeClaim.absent()).allowed()).isTrue();
    assertThat(guard.check("GET", "/v1/auth/token", ScopeClaim.of("workflow:*")).allowed()).isFalse();
    assertThat(guard.check("GET", "/v1/orgs/o1/secrets", ScopeClaim.of("workflow:*")).status()).isEqualTo(403);
  }

  @Test
  void aDocumentWithErrorsHasNoRouteTable() {
    String text = "{\"openapi\":\"3.1.0\",\"paths\":{\"/v1/things\":{\"get\":{\"x-required-scopes\":[\"workflow:raed\"]},"
        + "\"post\":{\"operationId\":\"unguarded\"}}}}";
    OpenApiSpec spec = OpenApiSpec.parse("inline.json", text, SignstackScopes.CATALOG);
    assertThatThrownBy(spec::routeTable)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("workflow:raed");
  }
}
