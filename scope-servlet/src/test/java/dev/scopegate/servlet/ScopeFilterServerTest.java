package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter in front of a real Jetty 12 over loopback: what reaches the servlet, and the exact answers. */
class ScopeFilterServerTest {
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns/workflows";
  private static final String ADVANCE = WORKFLOWS + "/w1/advance";
  private static final Optional<String> NO_CHALLENGE = Optional.empty();

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationWithoutItsScopes() {
    List<String> violations = List.copyOf(server.violations);
    server.violations.clear();
    assertThat(violations).isEmpty();
  }

  private static Client.Answer send(String method, String target, String token) throws Exception {
    return Client.send(server.port(), method, target, token);
  }

  @Test
  void allowedRequestReachesTheServlet() throws Exception {
    int before = server.hits.size();

    assertReached(send("POST", WORKFLOWS, "creator"), "POST", WORKFLOWS);
    assertReached(send("GET", WORKFLOWS + "/w1", "reader"), "GET", WORKFLOWS + "/w1");
    assertReached(send("POST", ADVANCE, "all"), "POST", ADVANCE);

    assertThat(server.hits.subList(before, server.hits.size()))
        .containsExactly("POST " + WORKFLOWS, "GET " + WORKFLOWS + "/w1", "POST " + ADVANCE);
  }

  @Test
  void insufficientScopeIsTheExact403() throws Exception {
    int before = server.hits.size();

    Client.Answer answer = send("POST", WORKFLOWS, "reader");

    assertFilterAnswer(answer, server, 403, WORKFLOWS, "Token lacks required scope: workflow:create",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:create\""));
    assertThat(answer.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\""
        + WORKFLOWS + "\",\"traceId\":\"" + server.lastTrace.get()
        + "\",\"errorInfo\":{\"message\":\"Token lacks required scope: workflow:create\"}}");
    assertThat(answer.header("Content-Length")).contains(String.valueOf(answer.body().length()));
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void challengeListsEveryRequiredScopeAndTheMessageTheFirstMissing() throws Exception {
    Client.Answer answer = send("POST", ADVANCE, "advancer");

    assertFilterAnswer(answer, server, 403, ADVANCE, "Token lacks required scope: workflow:execute",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
  }

  @Test
  void eachAnswerGetsItsOwnTraceId() throws Exception {
    send("POST", WORKFLOWS, "reader");
    String first = server.lastTrace.get();
    Client.Answer second = send("POST", WORKFLOWS, "reader");

    assertFilterAnswer(second, server, 403, WORKFLOWS, "Token lacks required scope: workflow:create",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:create\""));
    assertThat(server.lastTrace.get()).isNotEqualTo(first);
  }

  @Test
  void missingOrUnverifiedTokenIs401() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(send("POST", WORKFLOWS, ""), server, 401, WORKFLOWS, "Missing bearer token", Optional.of("Bearer"));
    // A bearer token that nothing verified is not "missing": the answer says no verified claims were found.
    assertFilterAnswer(send("GET", "/v1/me", "unknown-token"), server, 401, "/v1/me", ClaimSource.UNVERIFIED_MESSAGE,
        Optional.of("Bearer error=\"invalid_token\""));
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void conflictingScopeAndScpIs401InvalidTokenAndNeverAUnion() throws Exception {
    assertFilterAnswer(send("GET", WORKFLOWS, "conflict"), server, 401, WORKFLOWS,
        "Token has conflicting scope and scp claims", Optional.of("Bearer error=\"invalid_token\""));
    assertFilterAnswer(send("POST", WORKFLOWS, "conflict"), server, 401, WORKFLOWS,
        "Token has conflicting scope and scp claims", Optional.of("Bearer error=\"invalid_token\""));
  }

  @Test
  void scpArrayIsReadWhenScopeIsAbsent() throws Exception {
    assertReached(send("POST", WORKFLOWS, "scp-list"), "POST", WORKFLOWS);
    assertFilterAnswer(send("POST", ADVANCE, "scp-list"), server, 403, ADVANCE,
        "Token lacks required scope: workflow:update",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
  }

  @Test
  void scopeClaimOfTheWrongTypeGrantsNothing() throws Exception {
    assertFilterAnswer(send("GET", WORKFLOWS, "wrong-type"), server, 403, WORKFLOWS,
        "Token lacks required scope: workflow:read", Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:read\""));
    assertReached(send("GET", "/v1/me", "wrong-type"), "GET", "/v1/me");
  }

  @Test
  void tokenWithoutScopesReachesOnlyTokenOnlyAndPublicOperations() throws Exception {
    assertReached(send("GET", "/v1/me", "none"), "GET", "/v1/me");
    assertReached(send("GET", "/v1/docs/intro", "none"), "GET", "/v1/docs/intro");
    assertFilterAnswer(send("GET", "/v1/things/t1", "none"), server, 403, "/v1/things/t1",
        "Token lacks required scope: resource:read", Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:read\""));
  }

  @Test
  void publicOperationNeedsNoToken() throws Exception {
    assertReached(send("POST", "/v1/auth/token", ""), "POST", "/v1/auth/token");
    assertReached(send("GET", "/v1/docs/getting-started", ""), "GET", "/v1/docs/getting-started");
  }

  @Test
  void unmatchedRoutesAreDenied() throws Exception {
    int before = server.hits.size();
    String message = "No operation is declared for this method and path";

    assertFilterAnswer(send("GET", "/v1/admin", "all"), server, 403, "/v1/admin", message, NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/", "all"), server, 403, "/", message, NO_CHALLENGE);
    assertFilterAnswer(send("DELETE", WORKFLOWS, "all"), server, 403, WORKFLOWS, message, NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/v1/auth/token", ""), server, 403, "/v1/auth/token", message, NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/v1/things", "all"), server, 403, "/v1/things", message, NO_CHALLENGE);
    assertFilterAnswer(send("GET", "/v1/things/t1/more", "all"), server, 403, "/v1/things/t1/more", message, NO_CHALLENGE);
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void headIsDecidedByTheGetRouteOnTheRealServer() throws Exception {
    int before = server.hits.size();

    assertReached(send("HEAD", "/v1/docs/internal", "all"), "HEAD", "/v1/docs/internal");
    assertFilterAnswer(send("HEAD", "/v1/docs/internal", "reader"), server, "HEAD", 403, "/v1/docs/internal",
        "Token lacks required scope: resource:update",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:update\""));
    assertFilterAnswer(send("HEAD", "/v1/docs/internal", ""), server, "HEAD", 401, "/v1/docs/internal",
        "Missing bearer token", Optional.of("Bearer"));
    assertReached(send("HEAD", "/v1/docs/intro", ""), "HEAD", "/v1/docs/intro");

    assertThat(server.hits.subList(before, server.hits.size()))
        .containsExactly("HEAD /v1/docs/internal", "HEAD /v1/docs/intro");
  }

  @Test
  void aDeclaredHeadRouteDecidesHeadOnTheRealServer() throws Exception {
    assertFilterAnswer(send("HEAD", "/v1/things/t1", "reader"), server, "HEAD", 403, "/v1/things/t1",
        "Token lacks required scope: resource:update",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:update\""));
    assertReached(send("GET", "/v1/things/t1", "reader"), "GET", "/v1/things/t1");
    assertFilterAnswer(send("HEAD", "/v1/things/export", "reader"), server, "HEAD", 403, "/v1/things/export",
        "Token lacks required scope: resource:*", Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:*\""));
    assertReached(send("HEAD", "/v1/things/export", "all"), "HEAD", "/v1/things/export");
  }

  @Test
  void optionsMatchesOnlyDeclaredRoutesAndAPreflightIsNotPassedByDefault() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(send("OPTIONS", "/v1/things/t1", ""), server, 403, "/v1/things/t1",
        "No operation is declared for this method and path", NO_CHALLENGE);
    assertFilterAnswer(Client.send(server.port(), "OPTIONS", "/v1/things/t1", "",
            Map.of("Origin", "https://customer.example", "Access-Control-Request-Method", "GET")),
        server, 403, "/v1/things/t1", "No operation is declared for this method and path", NO_CHALLENGE);
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void literalSegmentWinsOverAParameter() throws Exception {
    assertFilterAnswer(send("GET", "/v1/things/export", "reader"), server, 403, "/v1/things/export",
        "Token lacks required scope: resource:*", Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:*\""));
    assertReached(send("GET", "/v1/things/export", "all"), "GET", "/v1/things/export");
    assertReached(send("GET", "/v1/things/exports", "reader"), "GET", "/v1/things/exports");

    assertFilterAnswer(send("GET", "/v1/docs/internal", ""), server, 401, "/v1/docs/internal", "Missing bearer token",
        Optional.of("Bearer"));
  }

  @Test
  void queryStringIsNotPartOfTheMatchAndNotInTheBodyPath() throws Exception {
    assertReached(send("GET", "/v1/things/t1?expand=../../admin&x=%2F", "reader"), "GET", "/v1/things/t1");
    assertFilterAnswer(send("GET", "/v1/things/export?format=csv", "reader"), server, 403, "/v1/things/export",
        "Token lacks required scope: resource:*", Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:*\""));
  }

  @Test
  void allowedRequestCarriesTheGuardDecision() throws Exception {
    assertReached(send("GET", "/v1/things/t1", "reader"), "GET", "/v1/things/t1");
    // The application servlet records a violation when the attribute is missing; see the @AfterEach check.
  }
}
