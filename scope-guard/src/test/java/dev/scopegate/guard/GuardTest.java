package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.ADVANCE;
import static dev.scopegate.guard.Fixtures.GUARD;
import static dev.scopegate.guard.Fixtures.WORKFLOWS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final String CREATE_PATH = "/v1/orgs/o1/namespaces/ns/workflows";
  private static final String ADVANCE_PATH = "/v1/orgs/o1/namespaces/ns/workflows/w1/advance";

  @Test
  void coveredClaimIsAllowedWithTheEngineDecision() {
    GuardDecision d = GUARD.check("POST", CREATE_PATH, ScopeClaim.of("workflow:read workflow:create"));

    assertThat(d.allowed()).isTrue();
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.route()).contains(Fixtures.route("POST", WORKFLOWS));
    assertThat(d.decision()).contains(Decision.allow());
    assertThat(d.message()).isEmpty();
    assertThat(d.wwwAuthenticate()).isEmpty();
  }

  @Test
  void allowedDecisionIsSharedPerRoute() {
    ScopeClaim claim = ScopeClaim.of("workflow:create");

    assertThat(GUARD.check("POST", CREATE_PATH, claim)).isSameAs(GUARD.check("POST", "/v1/orgs/o2/namespaces/x/workflows", claim));
  }

  @Test
  void listClaimIsRead() {
    assertThat(GUARD.check("POST", CREATE_PATH, ScopeClaim.of(List.of("workflow:create"))).allowed()).isTrue();
    assertThat(GUARD.check("POST", CREATE_PATH, ScopeClaim.of(Arrays.asList(null, 42, "workflow:read"))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_SCOPE);
  }

  @Test
  void aRuleOfAlternativesAllowsAnyAndDeniesWithTheClosest() {
    ScopeCatalog xero = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("accounting.transactions", "Read and write transactions")
        .scope("accounting.transactions.read", "Read transactions")
        .scope("accounting.settings", "Read and write settings")
        .implies("accounting.transactions", "accounting.transactions.read")
        .build();
    AccessRule listInvoices = AccessRule.anyOf(
        xero.requirement("accounting.transactions", "accounting.settings"), xero.requirement("accounting.transactions.read"));
    Guard guard = Guard.of(RouteTable.builder(xero).route("GET", "/Invoices", listInvoices).build());

    assertThat(guard.check("GET", "/Invoices", ScopeClaim.of("accounting.transactions.read")).allowed()).isTrue();
    assertThat(guard.check("GET", "/Invoices", ScopeClaim.of("accounting.transactions")).allowed()).isTrue();
    GuardDecision closest = guard.check("GET", "/Invoices", ScopeClaim.of("openid"));
    assertThat(closest.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(closest.message()).contains("Token lacks required scope: accounting.transactions.read");
    assertThat(closest.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\", scope=\"accounting.transactions.read\"");
    GuardDecision tie = guard.check("GET", "/Invoices", ScopeClaim.of("accounting.settings"));
    assertThat(tie.message()).contains("Token lacks required scope: accounting.transactions");
    assertThat(tie.wwwAuthenticate())
        .contains("Bearer error=\"insufficient_scope\", scope=\"accounting.transactions accounting.settings\"");
    assertThat(guard.routes().routes().get(0).toString())
        .isEqualTo("GET /Invoices requires [accounting.transactions, accounting.settings] or [accounting.transactions.read]");
  }

  @Test
  void wildcardCoversTheFamily() {
    assertThat(GUARD.check("POST", ADVANCE_PATH, ScopeClaim.of("workflow:*")).allowed()).isTrue();
  }

  @Test
  void insufficientScopeIs403WithMessageAndChallengeListingEveryRequiredScope() {
    GuardDecision d = GUARD.check("POST", ADVANCE_PATH, ScopeClaim.of("workflow:update workflow:read"));

    assertThat(d.allowed()).isFalse();
    assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(d.status()).isEqualTo(403);
    assertThat(d.route()).contains(Fixtures.route("POST", ADVANCE));
    assertThat(d.decision().orElseThrow().missing()).containsExactly(SignstackScopes.WORKFLOW_EXECUTE);
    assertThat(d.message()).contains("Token lacks required scope: workflow:execute");
    assertThat(d.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\"");
  }

  @Test
  void messageNamesTheFirstMissingScopeInDeclaredOrder() {
    GuardDecision d = GUARD.check("POST", ADVANCE_PATH, ScopeClaim.of(""));

    assertThat(d.message()).contains("Token lacks required scope: workflow:update");
    assertThat(d.decision().orElseThrow().missing())
        .containsExactly(SignstackScopes.WORKFLOW_UPDATE, SignstackScopes.WORKFLOW_EXECUTE);
  }

  @Test
  void malformedAndUnknownEntriesGrantNothing() {
    GuardDecision d = GUARD.check("POST", CREATE_PATH, ScopeClaim.of("Workflow:create workflow:cr\u0435ate workflow:create\t"));

    assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
  }

  @Test
  void absentClaimOnAProtectedRouteIs401() {
    GuardDecision d = GUARD.check("POST", CREATE_PATH, ScopeClaim.absent());

    assertThat(d.outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(d.status()).isEqualTo(401);
    assertThat(d.message()).contains("Missing bearer token");
    assertThat(d.wwwAuthenticate()).contains("Bearer");
    assertThat(d.route()).contains(Fixtures.route("POST", WORKFLOWS));
    assertThat(d.decision()).isEmpty();
  }

  @Test
  void unusableClaimIs401InvalidTokenWithItsReason() {
    GuardDecision d = GUARD.check("POST", CREATE_PATH, ScopeClaim.unusable("Token has conflicting scope and scp claims"));

    assertThat(d.outcome()).isEqualTo(Outcome.INVALID_TOKEN);
    assertThat(d.status()).isEqualTo(401);
    assertThat(d.message()).contains("Token has conflicting scope and scp claims");
    assertThat(d.wwwAuthenticate()).contains("Bearer error=\"invalid_token\"");
  }

  @Test
  void publicRouteNeedsNoTokenAndIgnoresTheClaim() {
    for (ScopeClaim claim : List.of(ScopeClaim.absent(), ScopeClaim.of(""), ScopeClaim.unusable("broken"))) {
      GuardDecision d = GUARD.check("POST", "/v1/auth/token", claim);
      assertThat(d.allowed()).as(claim.toString()).isTrue();
      assertThat(d.route().orElseThrow().isPublic()).isTrue();
      assertThat(d.decision()).isEmpty();
    }
  }

  @Test
  void emptyRequirementNeedsAnyToken() {
    assertThat(GUARD.check("GET", "/v1/me", ScopeClaim.of("")).allowed()).isTrue();
    assertThat(GUARD.check("GET", "/v1/me", ScopeClaim.of(List.of())).allowed()).isTrue();
    assertThat(GUARD.check("GET", "/v1/me", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(GUARD.check("GET", "/v1/me", ScopeClaim.unusable("broken")).outcome()).isEqualTo(Outcome.INVALID_TOKEN);
  }

  @Test
  void unmatchedRouteIsDeniedBeforeTheTokenIsLookedAt() {
    for (ScopeClaim claim : List.of(ScopeClaim.absent(), Fixtures.EVERYTHING)) {
      GuardDecision d = GUARD.check("GET", "/v1/unknown", claim);
      assertThat(d.outcome()).isEqualTo(Outcome.NO_ROUTE);
      assertThat(d.status()).isEqualTo(403);
      assertThat(d.message()).contains("No operation is declared for this method and path");
      assertThat(d.wwwAuthenticate()).isEmpty();
      assertThat(d.route()).isEmpty();
    }
  }

  @Test
  void knownPathWithUndeclaredMethodIsNoRoute() {
    assertThat(GUARD.check("DELETE", CREATE_PATH, Fixtures.EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("PUT", "/v1/auth/token", ScopeClaim.absent()).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void badPathIsRejectedBeforeRoutingAndBeforeTheToken() {
    GuardDecision d = GUARD.check("POST", "/v1/auth/token/", ScopeClaim.absent());

    assertThat(d.outcome()).isEqualTo(Outcome.BAD_REQUEST);
  }

  @Test
  void literalSegmentWinsOverAParameter() {
    GuardDecision export = GUARD.check("GET", "/v1/things/export", ScopeClaim.of("resource:read"));
    assertThat(export.route()).contains(Fixtures.route("GET", "/v1/things/export"));
    assertThat(export.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(export.message()).contains("Token lacks required scope: resource:*");

    GuardDecision internal = GUARD.check("GET", "/v1/docs/internal", ScopeClaim.absent());
    assertThat(internal.route()).contains(Fixtures.route("GET", "/v1/docs/internal"));
    assertThat(internal.outcome()).isEqualTo(Outcome.UNAUTHENTICATED);

    assertThat(GUARD.check("GET", "/v1/docs/intro", ScopeClaim.absent()).route())
        .contains(Fixtures.route("GET", "/v1/docs/{page}"));
  }

  @Test
  void toStringSummarises() {
    assertThat(GUARD.check("POST", CREATE_PATH, ScopeClaim.of("")).toString()).isEqualTo(
        "GuardDecision[INSUFFICIENT_SCOPE 403 POST " + WORKFLOWS
            + " requires [workflow:create]: Token lacks required scope: workflow:create]");
    assertThat(GUARD.check("POST", "/v1/auth/token", ScopeClaim.absent()).toString())
        .isEqualTo("GuardDecision[ALLOWED POST /v1/auth/token public]");
    assertThat(GUARD.toString()).isEqualTo("Guard[RouteTable[11 routes]]");
  }
}
