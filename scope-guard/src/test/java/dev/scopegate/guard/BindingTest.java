package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Route bindings: declaring them, their order among the checks, their answers, list and mode claims. */
class BindingTest {
  private static final String NS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}";
  private static final String WORKFLOWS = "/v1/orgs/acme/namespaces/signing/workflows";
  private static final JwtScopeReader READER = JwtScopeReader.create(new RecordingLogger());

  private static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("GET", NS + "/workflows", "workflow:read")
      .route("POST", NS + "/workflows", "workflow:create")
      .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
      .publicRoute("GET", NS + "/branding")
      .route("GET", "/v1/me", SignstackScopes.CATALOG.requirement())
      .bind("orgId", "org_id")
      .bind("namespaceKey", "namespace")
      .build();
  private static final Guard GUARD = Guard.of(ROUTES);

  private static final Map<String, String> MODES = Map.of("acme/signing", "test", "acme/billing", "live");
  private final List<Map<String, String>> lookups = new ArrayList<>();
  private final Guard moded = Guard.builder(RouteTable.builder(SignstackScopes.CATALOG)
          .bindMode("namespaceKey", "mode")
          .route("GET", NS + "/workflows", "workflow:read")
          .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
          .bind("namespaceKey", "namespace")
          .bind("orgId", "org_id")
          .build())
      .modeLookup(parameters -> {
        lookups.add(parameters);
        return Optional.ofNullable(MODES.get(parameters.get("orgId") + "/" + parameters.get("namespaceKey")));
      })
      .build();

  private static Map<String, Object> token(Object... keysAndValues) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("scope", "workflow:* file:read");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      claims.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return claims;
  }

  private static GuardDecision check(Guard guard, String method, String path, Map<String, Object> token) {
    return guard.check(method, path, READER.read(token));
  }

  private static void assertDenied(GuardDecision d, Outcome outcome, String message) {
    assertThat(d.outcome()).as(d.toString()).isEqualTo(outcome);
    assertThat(d.status()).isEqualTo(403);
    assertThat(d.message()).contains(message);
    assertThat(d.wwwAuthenticate()).isEmpty();
    assertThat(d.decision()).isEmpty();
    assertThat(d.route()).isPresent();
  }

  @Test
  void aTokenReachesOnlyItsOwnTenantsUrls() {
    Map<String, Object> acme = token("org_id", "acme", "namespace", "signing");

    assertThat(check(GUARD, "GET", WORKFLOWS, acme).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/files/f1", acme).outcome()).isEqualTo(Outcome.ALLOWED);
    assertDenied(check(GUARD, "GET", "/v1/orgs/acme/namespaces/billing/workflows", acme),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
    assertDenied(check(GUARD, "GET", "/v1/orgs/globex/namespaces/signing/workflows", acme),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: orgId");
    assertDenied(check(GUARD, "GET", "/v1/orgs/globex/files/f1", acme),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: orgId");
  }

  @Test
  void theBoundValueIsComparedExactlyAsSent() {
    Map<String, Object> spaced = token("org_id", "acme", "namespace", "a b");
    Map<String, Object> encoded = token("org_id", "acme", "namespace", "a%20b");
    Map<String, Object> colon = token("org_id", "acme", "namespace", "x%3Ay");

    assertDenied(check(GUARD, "GET", "/v1/orgs/acme/namespaces/a%20b/workflows", spaced),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/a%20b/workflows", encoded).allowed()).isTrue();
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/x%3Ay/workflows", colon).allowed()).isTrue();
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/x%3ay/workflows", colon).outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(GUARD, "GET", "/v1/orgs/ACME/namespaces/signing/workflows", token("org_id", "acme", "namespace", "signing"))
        .outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/signin/workflows", token("org_id", "acme", "namespace", "signing"))
        .outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/signingg/workflows", token("org_id", "acme", "namespace", "signing"))
        .outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/signing/workflows", token("org_id", "acme", "namespace", ""))
        .outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
  }

  @Test
  void aListClaimAllowsAnyOfItsStrings() {
    Map<String, Object> two = token("org_id", "acme", "namespace", List.of("signing", "billing"));

    assertThat(check(GUARD, "GET", WORKFLOWS, two).allowed()).isTrue();
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/billing/workflows", two).allowed()).isTrue();
    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/staging/workflows", two).outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(GUARD, "GET", WORKFLOWS, token("org_id", "acme", "namespace", new String[] {"x", "signing"})).allowed())
        .isTrue();
    assertThat(check(GUARD, "GET", WORKFLOWS, token("org_id", "acme", "namespace", new LinkedHashSet<>(List.of("signing"))))
        .allowed()).isTrue();
    assertThat(check(GUARD, "GET", WORKFLOWS, token("org_id", "acme", "namespace", Arrays.asList(null, 7, "signing"))).allowed())
        .isTrue();
    assertDenied(check(GUARD, "GET", WORKFLOWS, token("org_id", "acme", "namespace", Arrays.asList(null, 7, List.of("signing")))),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
    assertDenied(check(GUARD, "GET", WORKFLOWS, token("org_id", "acme", "namespace", List.of())),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
  }

  @Test
  void aMissingOrUnreadableBindingClaimFailsClosed() {
    for (Object value : Arrays.asList(null, 42, true, Map.of("id", "signing"))) {
      Map<String, Object> claims = token("org_id", "acme");
      claims.put("namespace", value);
      assertDenied(check(GUARD, "GET", WORKFLOWS, claims), Outcome.BINDING_CLAIM_MISSING, "Token lacks binding claim: namespace");
    }
    assertDenied(check(GUARD, "GET", WORKFLOWS, token()), Outcome.BINDING_CLAIM_MISSING, "Token lacks binding claim: org_id");
    assertDenied(GUARD.check("GET", WORKFLOWS, ScopeClaim.of("workflow:*")),
        Outcome.BINDING_CLAIM_MISSING, "Token lacks binding claim: org_id");
    assertThat(GUARD.check("GET", "/v1/me", ScopeClaim.of("")).allowed()).isTrue();
  }

  @Test
  void bindingsComeAfterThePathTheRouteAndTheTokenAndBeforeTheScopes() {
    Map<String, Object> acme = token("org_id", "acme", "namespace", "signing");
    Map<String, Object> readOnly = token("org_id", "acme", "namespace", "signing", "scope", "file:read");

    assertThat(check(GUARD, "GET", "/v1/orgs/acme/namespaces/signing%2Fx/workflows", acme).status()).isEqualTo(400);
    assertThat(check(GUARD, "DELETE", WORKFLOWS, acme).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("GET", "/v1/orgs/globex/namespaces/x/workflows", ScopeClaim.absent()).outcome())
        .isEqualTo(Outcome.UNAUTHENTICATED);
    assertThat(GUARD.check("GET", "/v1/orgs/globex/namespaces/x/workflows", ScopeClaim.unusable("Token has expired")).outcome())
        .isEqualTo(Outcome.INVALID_TOKEN);
    assertDenied(check(GUARD, "POST", "/v1/orgs/acme/namespaces/billing/workflows", readOnly),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
    GuardDecision ownTenant = check(GUARD, "POST", WORKFLOWS, readOnly);
    assertThat(ownTenant.outcome()).isEqualTo(Outcome.INSUFFICIENT_SCOPE);
    assertThat(ownTenant.message()).contains("Token lacks required scope: workflow:create");
  }

  @Test
  void publicRoutesBindNothingAndHeadIsBoundAsGet() {
    assertThat(GUARD.check("GET", "/v1/orgs/globex/namespaces/x/branding", ScopeClaim.absent()).allowed()).isTrue();
    assertThat(ROUTES.routes().get(3).bindings()).isEmpty();
    assertDenied(check(GUARD, "HEAD", "/v1/orgs/acme/namespaces/billing/workflows", token("org_id", "acme", "namespace", "signing")),
        Outcome.BINDING_MISMATCH, "Token does not match path parameter: namespaceKey");
    assertThat(check(GUARD, "HEAD", WORKFLOWS, token("org_id", "acme", "namespace", "signing")).allowed()).isTrue();
  }

  @Test
  void theModeMustBeTheNamespacesAndAnUnknownNamespaceIsAnsweredTheSame() {
    Map<String, Object> test = token("org_id", "acme", "namespace", List.of("signing", "billing", "ghost"), "mode", "test");

    assertThat(check(moded, "GET", WORKFLOWS, test).allowed()).isTrue();
    assertThat(lookups).containsExactly(Map.of("orgId", "acme", "namespaceKey", "signing"));
    assertThat(new ArrayList<>(lookups.get(0).keySet())).containsExactly("orgId", "namespaceKey");
    assertDenied(check(moded, "GET", "/v1/orgs/acme/namespaces/billing/workflows", test),
        Outcome.BINDING_MISMATCH, "Token mode does not match path parameter: namespaceKey");
    GuardDecision unknown = check(moded, "GET", "/v1/orgs/acme/namespaces/ghost/workflows", test);
    assertDenied(unknown, Outcome.BINDING_MISMATCH, "Token mode does not match path parameter: namespaceKey");
    assertThat(unknown.message()).isEqualTo(check(moded, "GET", "/v1/orgs/acme/namespaces/billing/workflows", test).message());
    assertThat(check(moded, "GET", "/v1/orgs/acme/namespaces/signing/workflows", token("org_id", "acme", "namespace", "signing",
        "mode", "TEST")).outcome()).isEqualTo(Outcome.BINDING_MISMATCH);
    assertThat(check(moded, "GET", "/v1/orgs/acme/files/f1", token("org_id", "acme")).allowed()).isTrue();
  }

  @Test
  void theLookupRunsOnlyAfterTheParameterBindingsMatched() {
    Map<String, Object> acme = token("org_id", "acme", "namespace", "signing", "mode", "test");

    check(moded, "GET", "/v1/orgs/acme/namespaces/billing/workflows", acme);
    check(moded, "GET", "/v1/orgs/globex/namespaces/signing/workflows", acme);
    check(moded, "GET", "/v1/orgs/acme/namespaces/billing/workflows", token("org_id", "acme", "mode", "test"));
    check(moded, "GET", "/v1/orgs/acme/files/f1", acme);

    assertThat(lookups).isEmpty();
  }

  @Test
  void aModeClaimThatIsNotOneStringFailsClosed() {
    for (Object mode : Arrays.asList(null, List.of("test"), 1)) {
      Map<String, Object> claims = token("org_id", "acme", "namespace", "signing");
      claims.put("mode", mode);
      assertDenied(check(moded, "GET", WORKFLOWS, claims), Outcome.BINDING_CLAIM_MISSING, "Token lacks binding claim: mode");
    }
    assertThat(lookups).isEmpty();
  }

  @Test
  void aLookupThatFailsIsNeverAnAllow() {
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("GET", NS + "/workflows", "workflow:read")
        .bindMode("namespaceKey", "mode")
        .build();
    ScopeClaim claim = READER.read(token("mode", "test"));
    Guard nulls = Guard.builder(routes).modeLookup(p -> null).build();
    Guard throwing = Guard.builder(routes).modeLookup(p -> {
      throw new IllegalStateException("database down");
    }).build();

    assertThatThrownBy(() -> nulls.check("GET", WORKFLOWS, claim)).isInstanceOf(NullPointerException.class)
        .hasMessageEndingWith("returned null");
    assertThatThrownBy(() -> throwing.check("GET", WORKFLOWS, claim)).isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");
  }

  @Test
  void theAnswersAreTheReferencesBodyWithTheBindingsMessage() {
    Answers answers = Answers.builder()
        .clock(Clock.fixed(Instant.parse("2026-04-21T09:30:00Z"), ZoneOffset.UTC))
        .traceIds(() -> "t1")
        .exposeMissingScope(false)
        .build();
    GuardDecision d = check(GUARD, "GET", "/v1/orgs/globex/namespaces/signing/workflows", token("org_id", "acme", "namespace", "signing"));

    Answer a = answers.answer(d, "/v1/orgs/globex/namespaces/signing/workflows");

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.wwwAuthenticate()).isEmpty();
    assertThat(a.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.000Z\","
        + "\"path\":\"/v1/orgs/globex/namespaces/signing/workflows\",\"traceId\":\"t1\","
        + "\"errorInfo\":{\"message\":\"Token does not match path parameter: orgId\"}}");
    assertThat(d).hasToString("GuardDecision[BINDING_MISMATCH 403 GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"
        + " requires [workflow:read] bound [{orgId} = org_id, {namespaceKey} = namespace]: Token does not match path parameter: orgId]");
  }

  @Test
  void eachRouteHasTheBindingsOfItsParametersInTemplateOrderThenTheMode() {
    RouteTable routes = moded.routes();

    assertThat(routes.bindings()).hasToString("[mode of {namespaceKey} = mode, {namespaceKey} = namespace, {orgId} = org_id]");
    assertThat(routes.routes().get(0).bindings()).hasToString("[{orgId} = org_id, {namespaceKey} = namespace, mode of {namespaceKey} = mode]");
    assertThat(routes.routes().get(1).bindings()).hasToString("[{orgId} = org_id]");
    assertThat(routes.routes().get(1)).hasToString("GET /v1/orgs/{orgId}/files/{fileId} requires [file:read] bound [{orgId} = org_id]");
    assertThat(routes).hasToString("RouteTable[2 routes, bound [mode of {namespaceKey} = mode, {namespaceKey} = namespace, {orgId} = org_id]]");
    assertThat(Fixtures.ROUTES).hasToString("RouteTable[11 routes]");
    Binding mode = routes.bindings().get(0);
    assertThat(mode.kind()).isEqualTo(Binding.Kind.MODE);
    assertThat(mode.parameter()).isEqualTo("namespaceKey");
    assertThat(mode.claim()).isEqualTo("mode");
    assertThat(moded.toString()).startsWith("Guard[RouteTable[2 routes, bound [").contains(", modes from ");
  }

  @Test
  void bindingsArePartOfARoutesAndATablesValue() {
    RouteTable.Builder plain = RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{orgId}/files", "file:read");
    RouteTable unbound = plain.build();
    RouteTable bound = plain.bind("orgId", "org_id").build();
    RouteTable otherClaim = RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{orgId}/files", "file:read")
        .bind("orgId", "org").build();
    RouteTable again = RouteTable.builder(SignstackScopes.CATALOG).bind("orgId", "org_id")
        .route("GET", "/v1/orgs/{orgId}/files", "file:read").build();

    new EqualsTester()
        .addEqualityGroup(unbound, RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{orgId}/files", "file:read").build())
        .addEqualityGroup(bound, again)
        .addEqualityGroup(otherClaim)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(unbound.routes().get(0))
        .addEqualityGroup(bound.routes().get(0), again.routes().get(0))
        .addEqualityGroup(otherClaim.routes().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(bound.bindings().get(0), again.bindings().get(0))
        .addEqualityGroup(otherClaim.bindings().get(0))
        .addEqualityGroup(RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{orgId}/files", "file:read")
            .bindMode("orgId", "org_id").build().bindings().get(0))
        .addEqualityGroup(RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{org}/files", "file:read")
            .bind("org", "org_id").build().bindings().get(0))
        .testEquals();
  }

  @Test
  void aBadBindingFailsWithOneLineNamingIt() {
    RouteTable.Builder b = RouteTable.builder(SignstackScopes.CATALOG).route("GET", NS + "/workflows", "workflow:read");

    assertThatThrownBy(() -> b.bind("{orgId}", "org_id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid binding bind(\"{orgId}\", \"org_id\"): a parameter name uses letters, digits, '_', '-' and '.',"
            + " as in the templates' {name}");
    assertThatThrownBy(() -> b.bind("", "org_id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid binding bind(\"\", \"org_id\"): a parameter name");
    assertThatThrownBy(() -> b.bindMode("namespaceKey", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid binding bindMode(\"namespaceKey\", \"\"): the claim name is empty");
    b.bind("orgId", "org_id").bindMode("namespaceKey", "mode");
    assertThatThrownBy(() -> b.bind("orgId", "org")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid binding bind(\"orgId\", \"org\"): the parameter is bound already: {orgId} = org_id");
    assertThatThrownBy(() -> b.bindMode("orgId", "mode")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid binding bindMode(\"orgId\", \"mode\"): the table binds a mode already: mode of {namespaceKey} = mode");
    b.bind("namespaceKey", "namespace");

    assertThatThrownBy(() -> b.bind("orgID", "org_id").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Binding {orgID} = org_id binds nothing: no protected route has a {orgID} parameter");
    assertThatThrownBy(() -> RouteTable.builder(SignstackScopes.CATALOG).publicRoute("GET", NS + "/branding")
        .bind("orgId", "org_id").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Binding {orgId} = org_id binds nothing: no protected route has a {orgId} parameter");
  }

  @Test
  void aModeBindingNeedsALookupAndALookupNeedsAModeBinding() {
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("GET", NS + "/workflows", "workflow:read")
        .bindMode("namespaceKey", "mode")
        .build();

    assertThatThrownBy(() -> Guard.of(routes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The route table binds a mode (mode of {namespaceKey} = mode); give the guard the namespaces' modes:"
            + " Guard.builder(routes).modeLookup(parameters -> ...)");
    assertThatThrownBy(() -> Guard.builder(ROUTES).modeLookup(p -> Optional.of("live")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A mode lookup was given, but the route table binds no mode, so it would never be called; declare the"
            + " binding with RouteTable.Builder.bindMode(parameter, claim)");
  }

  @Test
  void aClaimCarriesItsTokenClaimsAsAValue() {
    Map<String, Object> claims = new HashMap<>(Map.of("org_id", "acme"));
    ScopeClaim claim = ScopeClaim.of("workflow:read").withClaims(claims);
    claims.put("org_id", "globex");

    assertThat(claim.claims()).isEqualTo(Map.of("org_id", "acme"));
    assertThatThrownBy(() -> claim.claims().put("org_id", "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ScopeClaim.of("workflow:read").claims()).isEmpty();
    assertThatThrownBy(() -> ScopeClaim.absent().withClaims(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessage("An absent claim (no token) carries no token claims");
    Map<String, Object> nullName = new HashMap<>();
    nullName.put(null, "x");
    assertThatThrownBy(() -> ScopeClaim.of("").withClaims(nullName)).isInstanceOf(NullPointerException.class);
    new EqualsTester()
        .addEqualityGroup(ScopeClaim.of("a:b"), ScopeClaim.of("a:b").withClaims(Map.of()))
        .addEqualityGroup(claim, ScopeClaim.of("workflow:read").withClaims(Map.of("org_id", "acme")))
        .addEqualityGroup(ScopeClaim.of(List.of("workflow:read")).withClaims(Map.of("org_id", "acme")))
        .addEqualityGroup(ScopeClaim.unusable("r").withClaims(Map.of("org_id", "acme")))
        .testEquals();
    assertThat(claim).hasToString("ScopeClaim[\"workflow:read\", claims: org_id]");
    assertThat(ScopeClaim.of(List.of("a")).withClaims(Map.of("sub", "s"))).hasToString("ScopeClaim[[a], claims: sub]");
    assertThat(ScopeClaim.unusable("r").withClaims(Map.of("sub", "s"))).hasToString("ScopeClaim[unusable: r, claims: sub]");
  }

  @Test
  void resolvingABoundRouteKeepsThePathAndDecidesOnlyWithTheClaim() {
    Resolution r = GUARD.resolve("GET", WORKFLOWS);
    AtomicInteger reads = new AtomicInteger();

    assertThat(r.needsClaim()).isTrue();
    assertThat(r.decision()).isEmpty();
    assertThat(r).hasToString("Resolution[needs claim: GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows requires"
        + " [workflow:read] bound [{orgId} = org_id, {namespaceKey} = namespace] for " + WORKFLOWS + "]");
    assertThat(r.decide(() -> {
      reads.incrementAndGet();
      return READER.read(token("org_id", "acme", "namespace", "signing"));
    }).allowed()).isTrue();
    assertThat(reads).hasValue(1);
    assertThat(GUARD.resolve("GET", WORKFLOWS)).isNotSameAs(r);
    assertThat(GUARD.resolve("GET", "/v1/me")).isSameAs(GUARD.resolve("GET", "/v1/me"));
  }
}
