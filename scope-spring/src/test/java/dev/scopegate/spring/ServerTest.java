package dev.scopegate.spring;

import static dev.scopegate.spring.Expect.BEARER;
import static dev.scopegate.spring.Expect.INVALID_TOKEN;
import static dev.scopegate.spring.Expect.NONE;
import static dev.scopegate.spring.Expect.insufficientScope;
import static dev.scopegate.spring.Expect.signstack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hand-wired application on Tomcat over loopback, with real signed JWTs: what Scopegate answers
 * and that no handler runs without its scopes.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class ServerTest {
  static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns/workflows";

  @LocalServerPort
  int port;

  @Autowired
  TestApplication app;

  @Autowired
  TestApi api;

  @AfterEach
  void noHandlerRanWithoutItsScopes() {
    List<String> violations = List.copyOf(api.violations());
    api.violations().clear();
    assertThat(violations).isEmpty();
  }

  private LoopbackClient.Answer send(String method, String target, String token) throws IOException {
    return LoopbackClient.send(port, method, target, token);
  }

  @Test
  void aTokenWithTheScopeReachesTheHandler() throws IOException {
    LoopbackClient.Answer answer = send("POST", WORKFLOWS, Tokens.scope("workflow:create"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("reached POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows");
  }

  @Test
  void wildcardsAndTheScpArrayGrantAsTheCatalogSays() throws IOException {
    assertThat(send("GET", "/v1/things/export", Tokens.scope("resource:*")).status()).isEqualTo(200);
    assertThat(send("GET", "/v1/things/export", Tokens.scope("resource:read resource:create resource:update resource:delete")).status())
        .isEqualTo(200);
    assertThat(send("POST", WORKFLOWS, Tokens.claims(Map.of("scp", List.of("workflow:read", "workflow:create")))).status())
        .isEqualTo(200);
  }

  @Test
  void aMissingScopeIsTheReferences403() throws IOException {
    int hits = api.hits().size();

    LoopbackClient.Answer answer = send("POST", WORKFLOWS + "?dryRun=true", Tokens.scope("workflow:read file:read"));

    signstack(answer, app, 403, WORKFLOWS, "Token lacks required scope: workflow:create", insufficientScope("workflow:create"));
    assertThat(api.hits()).hasSize(hits);
  }

  @Test
  void theChallengeListsEveryRequiredScopeAndTheMessageTheFirstMissing() throws IOException {
    LoopbackClient.Answer answer = send("POST", WORKFLOWS + "/w7/advance", Tokens.scope("workflow:update"));

    signstack(answer, app, 403, WORKFLOWS + "/w7/advance", "Token lacks required scope: workflow:execute",
        insufficientScope("workflow:update", "workflow:execute"));
  }

  @Test
  void noTokenIs401() throws IOException {
    signstack(send("GET", WORKFLOWS, ""), app, 401, WORKFLOWS, "Missing bearer token", BEARER);
    signstack(send("GET", "/v1/me", ""), app, 401, "/v1/me", "Missing bearer token", BEARER);
  }

  @Test
  void aPublicOperationNeedsNoToken() throws IOException {
    LoopbackClient.Answer answer = send("POST", "/v1/auth/token", "");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("reached POST /v1/auth/token");
  }

  @Test
  void anUndeclaredOperationIsDeniedWithOrWithoutAToken() throws IOException {
    String message = "No operation is declared for this method and path";
    signstack(send("GET", "/v1/admin", Tokens.scope("workflow:* resource:*")), app, 403, "/v1/admin", message, NONE);
    signstack(send("GET", "/v1/admin", ""), app, 403, "/v1/admin", message, NONE);
    signstack(send("DELETE", "/v1/things/t1", Tokens.scope("resource:*")), app, 403, "/v1/things/t1", message, NONE);
  }

  @Test
  void aPathTheGuardRefusesIs400EvenWithoutAToken() throws IOException {
    signstack(send("GET", "/v1/things/t1/", ""), app, 400, "/v1/things/t1/",
        "Invalid request path: empty path segment (a double or trailing slash)", NONE);
  }

  @Test
  void headGetsTheDeclaredHeadRule() throws IOException {
    LoopbackClient.Answer answer = send("HEAD", "/v1/things/t1", Tokens.scope("resource:read"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.header("WWW-Authenticate")).isEqualTo(insufficientScope("resource:update"));
    assertThat(answer.body()).isEmpty();
    assertThat(send("HEAD", "/v1/docs/x", "").status()).isEqualTo(200);
  }

  @Test
  void conflictingScopeAndScpAreAnInvalidToken() throws IOException {
    String token = Tokens.claims(Map.of("scope", "workflow:read", "scp", List.of("workflow:read", "workflow:create")));

    signstack(send("GET", WORKFLOWS, token), app, 401, WORKFLOWS, "Token has conflicting scope and scp claims", INVALID_TOKEN);
  }

  @Test
  void aRejectedTokenIs401InvalidTokenOnAnyOperation() throws IOException {
    String message = ScopeAuthenticationEntryPoint.INVALID_TOKEN_MESSAGE;
    signstack(send("GET", WORKFLOWS, Tokens.expired("workflow:read")), app, 401, WORKFLOWS, message, INVALID_TOKEN);
    signstack(send("GET", WORKFLOWS, Tokens.forged("workflow:read")), app, 401, WORKFLOWS, message, INVALID_TOKEN);
    signstack(send("POST", "/v1/auth/token", "not.a.jwt"), app, 401, "/v1/auth/token", message, INVALID_TOKEN);
  }

  @Test
  void aMalformedBearerHeaderIs401() throws IOException {
    LoopbackClient.Answer answer = LoopbackClient.send(port, "GET", WORKFLOWS, Map.of("Authorization", "Bearer a b"));

    signstack(answer, app, 401, WORKFLOWS, "Malformed bearer token", INVALID_TOKEN);
  }

  @Test
  void requiresScopesOnAMethodIsEnforcedWithTheExactBody() throws IOException {
    int hits = api.hits().size();

    LoopbackClient.Answer answer = send("POST", "/v1/methods/annotated", Tokens.scope("workflow:read"));

    signstack(answer, app, 403, "/v1/methods/annotated", "Token lacks required scope: workflow:create",
        insufficientScope("workflow:create"));
    assertThat(api.hits()).hasSize(hits);
    assertThat(send("POST", "/v1/methods/annotated", Tokens.scope("workflow:*")).body())
        .isEqualTo("reached POST /v1/methods/annotated");
  }

  @Test
  void aMethodRuleOfAlternativesNamesTheClosestOne() throws IOException {
    LoopbackClient.Answer answer = send("GET", "/v1/methods/alternatives", Tokens.scope("workflow:update"));

    signstack(answer, app, 403, "/v1/methods/alternatives", "Token lacks required scope: workflow:execute",
        insufficientScope("workflow:update", "workflow:execute"));
    assertThat(send("GET", "/v1/methods/alternatives", Tokens.scope("resource:*")).status()).isEqualTo(200);
    assertThat(send("GET", "/v1/methods/alternatives", Tokens.scope("workflow:execute workflow:update")).status()).isEqualTo(200);
  }

  @Test
  void theScopesSpelBeanAnswersLikeTheAnnotation() throws IOException {
    LoopbackClient.Answer answer = send("GET", "/v1/methods/spel", Tokens.scope("workflow:*"));

    signstack(answer, app, 403, "/v1/methods/spel", "Token lacks required scope: file:read",
        insufficientScope("workflow:update", "file:read"));
    assertThat(send("GET", "/v1/methods/spel", Tokens.scope("workflow:update file:read")).status()).isEqualTo(200);
  }

  @Test
  void aMethodRuleOnAPublicOperationAsksAnAnonymousCallerForAToken() throws IOException {
    signstack(send("GET", "/v1/methods/public", ""), app, 401, "/v1/methods/public", "Missing bearer token", BEARER);
    signstack(send("GET", "/v1/methods/public", Tokens.scope("file:read")), app, 403, "/v1/methods/public",
        "Token lacks required scope: workflow:read", insufficientScope("workflow:read"));
    assertThat(send("GET", "/v1/methods/public", Tokens.scope("workflow:read")).status()).isEqualTo(200);
  }
}
