package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.ScopeClaim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation on a real Jetty 12 over loopback: a valid scope for another tenant's URL, a
 * mode mismatch, a missing binding claim, list-valued claims; each answer exact, and nothing
 * reaches the application for another organization, namespace or mode.
 */
class TenantServerTest {
  private static final String SIGNING = "/v1/orgs/acme/namespaces/signing/workflows";
  private static final String BILLING = "/v1/orgs/acme/namespaces/billing/workflows";
  private static final String STAGING = "/v1/orgs/acme/namespaces/staging/workflows";
  private static final Optional<String> NO_CHALLENGE = Optional.empty();

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults().service(TenantApi.SERVICE));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationForAnotherTenant() {
    List<String> violations = List.copyOf(server.violations);
    server.violations.clear();
    assertThat(violations).isEmpty();
  }

  private static Client.Answer send(String method, String target, String token) throws Exception {
    return Client.send(server.port(), method, target, token);
  }

  @Test
  void aValidScopeForAnotherTenantsUrlIsDenied() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(send("POST", SIGNING, "globex"), server, 403, SIGNING,
        "Token does not match path parameter: orgId", NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/v1/orgs/acme/files/f1", "globex"), server, 403, "/v1/orgs/acme/files/f1",
        "Token does not match path parameter: orgId", NO_CHALLENGE);
    assertFilterAnswer(send("POST", BILLING, "acme"), server, 403, BILLING,
        "Token does not match path parameter: namespaceKey", NO_CHALLENGE);
    assertFilterAnswer(send("HEAD", BILLING, "acme"), server, "HEAD", 403, BILLING,
        "Token does not match path parameter: namespaceKey", NO_CHALLENGE);
    assertThat(server.hits).hasSize(before);

    assertReached(send("POST", SIGNING, "acme"), "POST", SIGNING);
    assertReached(send("GET", "/v1/orgs/globex/namespaces/signing/workflows", "globex"), "GET",
        "/v1/orgs/globex/namespaces/signing/workflows");
  }

  @Test
  void theBindingIsCheckedBeforeTheScopesSoAScopeDenialIsOnlyForTheTokensOwnTenant() throws Exception {
    assertFilterAnswer(send("POST", BILLING, "acme-read-only"), server, 403, BILLING,
        "Token does not match path parameter: namespaceKey", NO_CHALLENGE);
    assertFilterAnswer(send("POST", SIGNING, "acme-read-only"), server, 403, SIGNING,
        "Token lacks required scope: workflow:create", Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:create\""));
    assertFilterAnswer(send("POST", SIGNING, ""), server, 401, SIGNING, "Missing bearer token", Optional.of("Bearer"));
  }

  @Test
  void aTokenOfAnotherModeNeverTouchesTheNamespaceAndAnUnknownNamespaceIsAnsweredAlike() throws Exception {
    int before = server.hits.size();

    Client.Answer testNamespace = send("GET", SIGNING, "acme-live");
    assertFilterAnswer(testNamespace, server, 403, SIGNING, "Token mode does not match path parameter: namespaceKey", NO_CHALLENGE);
    String ghost = "/v1/orgs/acme/namespaces/ghost/workflows";
    assertFilterAnswer(send("GET", ghost, "acme-live"), server, 403, ghost,
        "Token mode does not match path parameter: namespaceKey", NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/v1/orgs/acme/namespaces/Billing/workflows", "acme-live"), server, 403,
        "/v1/orgs/acme/namespaces/Billing/workflows", "Token does not match path parameter: namespaceKey", NO_CHALLENGE);
    assertThat(server.hits).hasSize(before);

    assertReached(send("GET", BILLING, "acme-live"), "GET", BILLING);
  }

  @Test
  void aMissingBindingClaimFailsClosed() throws Exception {
    assertFilterAnswer(send("GET", SIGNING, "no-org"), server, 403, SIGNING, "Token lacks binding claim: org_id", NO_CHALLENGE);
    assertFilterAnswer(send("GET", SIGNING, "numeric-org"), server, 403, SIGNING, "Token lacks binding claim: org_id", NO_CHALLENGE);
    assertFilterAnswer(send("GET", SIGNING, "no-mode"), server, 403, SIGNING, "Token lacks binding claim: mode", NO_CHALLENGE);
    assertReached(send("GET", "/v1/me", "no-org"), "GET", "/v1/me");
  }

  @Test
  void aListValuedClaimAllowsEachOfItsNamespacesAndNoOther() throws Exception {
    assertReached(send("GET", SIGNING, "acme-list"), "GET", SIGNING);
    assertReached(send("GET", STAGING, "acme-list"), "GET", STAGING);
    assertFilterAnswer(send("GET", BILLING, "acme-list"), server, 403, BILLING,
        "Token does not match path parameter: namespaceKey", NO_CHALLENGE);
  }

  @Test
  void aClaimSourceThatReadsTheScopeAloneCarriesNoBindingClaimsAndIsDenied() throws Exception {
    TestServer scopesOnly = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/",
        TestServer.Options.defaults().service(TenantApi.SERVICE).claims(request -> ScopeClaim.of("workflow:*")));
    try {
      assertFilterAnswer(Client.send(scopesOnly.port(), "GET", SIGNING, "acme"), scopesOnly, 403, SIGNING,
          "Token lacks binding claim: org_id", NO_CHALLENGE);
      assertThat(scopesOnly.hits).isEmpty();
    } finally {
      scopesOnly.stop();
    }
  }

  /** The application's oracle has teeth: without the bindings, another tenant's request reaches it and is reported. */
  @Test
  void withoutBindingsTheApplicationSeesAnotherTenantsRequest() throws Exception {
    RouteTable unbound = RouteTable.builder(SignstackScopes.CATALOG)
        .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
        .build();
    TestServer.Service naive = new TestServer.Service() {
      @Override
      public Guard.Builder guard() {
        return Guard.builder(unbound);
      }

      @Override
      public Map<String, Map<String, Object>> tokens() {
        return TenantApi.TOKENS;
      }

      @Override
      public Optional<String> violation(TestApi.Arrival arrival, boolean preflightsPass) {
        return TenantApi.violation(arrival);
      }
    };
    TestServer scopesAlone = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults().service(naive));
    try {
      assertReached(Client.send(scopesAlone.port(), "POST", SIGNING, "globex"), "POST", SIGNING);
      assertThat(scopesAlone.violations).containsExactly(
          "JETTY_DEFAULT: POST " + SIGNING + " reached with u-globex's token, bound to another organization");
    } finally {
      scopesAlone.stop();
    }
  }
}
