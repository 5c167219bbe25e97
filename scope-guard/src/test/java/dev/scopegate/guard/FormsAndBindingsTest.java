package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.AccessRule;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the template forms (a parameter with literal text, a literal with {@code :}), the routes
 * other authentication protects and the tenant bindings meet.
 */
class FormsAndBindingsTest {
  private static final JwtScopeReader READER = JwtScopeReader.create(new RecordingLogger());

  private static Map<String, Object> token(String scope, String org) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("scope", scope);
    claims.put("org_id", org);
    return claims;
  }

  @Test
  void aColonLiteralAmongManySiblingsIsFoundSpelledEitherWay() {
    // More than four literal siblings: the node looks them up by hash, and a literal with ':' must
    // still match the request that spells it %3A.
    RouteTable.Builder b = RouteTable.builder(SignstackScopes.CATALOG);
    for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
      b.route("GET", "/v1/things/" + name, "resource:read");
    }
    Guard guard = Guard.of(b.route("POST", "/v1/things:batchGet", "resource:read")
        .route("GET", "/v1/things/items:batchGet", "resource:create")
        .build());
    ScopeClaim create = ScopeClaim.of("resource:create");

    assertThat(guard.check("GET", "/v1/things/items:batchGet", create).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(guard.check("GET", "/v1/things/items%3AbatchGet", create).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(guard.check("GET", "/v1/things/items%3abatchGet", create).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(guard.check("GET", "/v1/things/items%3AbatchGet", ScopeClaim.of("resource:read")).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(guard.check("GET", "/v1/things/items%3AbatchGets", create).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(guard.check("GET", "/v1/things/e", ScopeClaim.of("resource:read")).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void aRouteAuthenticatedElsewhereChecksItsBindingsWhenATokenComes() {
    Guard guard = Guard.of(RouteTable.builder(SignstackScopes.CATALOG)
        .routeOrAuthenticatedElsewhere("GET", "/v1/orgs/{orgId}/files", AccessRule.of(SignstackScopes.CATALOG.requirement("file:read")))
        .bind("orgId", "org_id")
        .build());

    assertThat(guard.check("GET", "/v1/orgs/acme/files", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(guard.check("GET", "/v1/orgs/acme/files", READER.read(token("file:read", "acme"))).outcome())
        .isEqualTo(Outcome.ALLOWED);
    GuardDecision other = guard.check("GET", "/v1/orgs/globex/files", READER.read(token("file:read", "acme")));
    assertThat(other.outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(other.message()).contains("Token does not match path parameter: orgId");
    assertThat(guard.routes().routes().get(0).toString())
        .isEqualTo("GET /v1/orgs/{orgId}/files requires [file:read] or no token (authenticated elsewhere) bound [{orgId} = org_id]");
  }

  @Test
  void aDeniedRouteHasNoBindingsAndDeniesEvenTheRightTenant() {
    Guard guard = Guard.of(RouteTable.builder(SignstackScopes.CATALOG)
        .deniedRoute("GET", "/v1/orgs/{orgId}/keys")
        .route("GET", "/v1/orgs/{orgId}/files", "file:read")
        .bind("orgId", "org_id")
        .build());

    assertThat(guard.routes().routes().get(0).bindings()).isEmpty();
    assertThat(guard.check("GET", "/v1/orgs/acme/keys", READER.read(token("file:read", "acme"))).outcome())
        .isEqualTo(Outcome.NOT_AUTHORIZABLE);
  }

  @Test
  void aParameterWithLiteralTextInItsSegmentCannotBeBound() {
    RouteTable.Builder b = RouteTable.builder(SignstackScopes.CATALOG)
        .route("GET", "/v1/orgs/{orgId}.json", "file:read")
        .bind("orgId", "org_id");

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Binding {orgId} = org_id cannot bind route GET /v1/orgs/{orgId}.json: its {orgId} has literal"
            + " text in the same segment, and a binding compares a whole segment; bind only parameters that are a"
            + " whole segment");
  }
}
