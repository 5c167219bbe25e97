package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Operations that authentication the guard does not check protects (an OpenAPI API key, HTTP
 * basic): denied routes, and routes that pass a request without a token to the application.
 */
class OtherAuthenticationTest {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;
  private static final AccessRule READ = AccessRule.of(CATALOG.requirement("resource:read"));

  private static final Guard GUARD = Guard.of(RouteTable.builder(CATALOG)
      .route("GET", "/v1/things/{id}", "resource:read")
      .deniedRoute("GET", "/v1/things/inventory")
      .authenticatedElsewhere("GET", "/v1/keys-only")
      .routeOrAuthenticatedElsewhere("GET", "/v1/either", READ)
      .build());

  @Test
  void aDeniedRouteDeniesEveryRequestWithoutReadingTheClaimAndKeepsItsPathsFromTheParameterRoute() {
    AtomicInteger reads = new AtomicInteger();
    GuardDecision d = GUARD.check("GET", "/v1/things/inventory", () -> {
      reads.incrementAndGet();
      return ScopeClaim.of("resource:*");
    });

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_AUTHORIZABLE);
    assertThat(d.status()).isEqualTo(403);
    assertThat(d.message()).contains("No bearer token can authorize this operation");
    assertThat(d.wwwAuthenticate()).isEmpty();
    assertThat(d.route().orElseThrow().toString()).isEqualTo("GET /v1/things/inventory denied");
    assertThat(reads).hasValue(0);
    assertThat(GUARD.resolve("GET", "/v1/things/inventory").needsClaim()).isFalse();
    // Without the denied route, the parameter route would have decided this path.
    assertThat(GUARD.check("GET", "/v1/things/t1", ScopeClaim.of("resource:read")).allowed()).isTrue();
  }

  @Test
  void anOperationAuthenticatedElsewhereLetsARequestWithoutATokenPassAndDeniesAToken() {
    GuardDecision noToken = GUARD.check("GET", "/v1/keys-only", ScopeClaim.absent());
    assertThat(noToken.allowed()).isTrue();
    assertThat(noToken.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(noToken.decision()).isEmpty();

    GuardDecision token = GUARD.check("GET", "/v1/keys-only", ScopeClaim.of("resource:*"));
    assertThat(token.outcome()).isEqualTo(Outcome.NOT_AUTHORIZABLE);
    assertThat(GUARD.check("GET", "/v1/keys-only", ScopeClaim.unusable("Token expired")).outcome())
        .isEqualTo(Outcome.INVALID_TOKEN);
    assertThat(GUARD.routes().routes().get(2).toString()).isEqualTo("GET /v1/keys-only no token (authenticated elsewhere)");
  }

  @Test
  void eitherATokenWithTheScopesOrTheApplicationsOwnAuthentication() {
    assertThat(GUARD.check("GET", "/v1/either", ScopeClaim.absent()).allowed()).isTrue();
    assertThat(GUARD.check("GET", "/v1/either", ScopeClaim.of("resource:read")).allowed()).isTrue();
    GuardDecision lacking = GUARD.check("GET", "/v1/either", ScopeClaim.of("workflow:read"));
    assertThat(lacking.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(lacking.message()).contains("Token lacks required scope: resource:read");
    Route route = GUARD.routes().routes().get(3);
    assertThat(route.toString()).isEqualTo("GET /v1/either requires [resource:read] or no token (authenticated elsewhere)");
    assertThat(route.passesWithoutToken()).isTrue();
    assertThat(route.isPublic()).isFalse();
    assertThat(route.isDenied()).isFalse();
    assertThat(route.rule()).contains(READ);
  }

  @Test
  void anOrdinaryRouteStillAnswers401WithoutAToken() {
    Route route = GUARD.routes().routes().get(0);
    assertThat(route.passesWithoutToken()).isFalse();
    assertThat(route.isDenied()).isFalse();
    assertThat(GUARD.check("GET", "/v1/things/t1", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
  }

  @Test
  void theKindIsPartOfARoutesEquality() {
    Route denied = RouteTable.builder(CATALOG).deniedRoute("GET", "/a").build().routes().get(0);
    Route elsewhere = RouteTable.builder(CATALOG).authenticatedElsewhere("GET", "/a").build().routes().get(0);
    Route open = RouteTable.builder(CATALOG).publicRoute("GET", "/a").build().routes().get(0);
    assertThat(denied).isNotEqualTo(elsewhere).isNotEqualTo(open);
    assertThat(elsewhere).isNotEqualTo(open);
    assertThat(denied).isEqualTo(RouteTable.builder(CATALOG).deniedRoute("get", "/a").build().routes().get(0));
    assertThat(denied.rule()).isEmpty();
    assertThat(denied.isPublic()).isFalse();
  }
}
