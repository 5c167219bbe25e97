package dev.scopegate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.ErrorFormat;
import dev.scopegate.spring.GuardAuthorizationManager;
import dev.scopegate.spring.ScopeExpressions;
import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter in a service that only added it and two properties: on Tomcat over loopback, with
 * real tokens, routes from the OpenAPI document and method rules both enforced, in the starter's own
 * filter chain, with the reference's answers (a real clock, random trace ids).
 */
@SpringBootTest(classes = StarterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "scopegate.openapi.location=classpath:openapi/service.yaml"})
class StarterServerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns/workflows";

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Autowired
  StarterApplication.Handlers handlers;

  @DynamicPropertySource
  static void trustTheTestTokens(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> StarterApplication.PUBLIC_KEY_LOCATION);
  }

  private LoopbackClient.Answer send(String method, String target, String token) throws IOException {
    return LoopbackClient.send(port, method, target, token);
  }

  /** Every field of a Signstack body from the starter's default answers. */
  private static void expect(LoopbackClient.Answer answer, int status, String path, String message, Optional<String> challenge) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/json");
    assertThat(answer.header("WWW-Authenticate")).isEqualTo(challenge);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(new ArrayList<>(body.propertyNames())).containsExactly("statusCode", "timestamp", "path", "traceId", "errorInfo");
    assertThat(body.get("statusCode").intValue()).isEqualTo(status);
    assertThat(body.get("timestamp").stringValue()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    assertThat(body.get("path").stringValue()).isEqualTo(path);
    assertThat(body.get("traceId").stringValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(message);
  }

  @Test
  void theStarterBuiltTheChainAndEveryBeanFromTheProperties() {
    assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("scopegateSecurityFilterChain");
    assertThat(context.getBean(GuardAuthorizationManager.class).guard().routes().routes()).hasSize(4);
    assertThat(context.getBean(GuardAuthorizationManager.class).guard().routes().catalog()).isSameAs(SignstackScopes.CATALOG);
    assertThat(context.getBean(ScopeExpressions.BEAN_NAME)).isInstanceOf(ScopeExpressions.class);
    Answers answers = context.getBean(Answers.class);
    assertThat(answers.format()).isEqualTo(ErrorFormat.SIGNSTACK);
    assertThat(answers.exposesMissingScope()).isTrue();
  }

  @Test
  void anOperationOfTheDocumentIsAllowedWithItsScopes() throws IOException {
    LoopbackClient.Answer answer = send("POST", WORKFLOWS + "/w1/advance", Tokens.scope("workflow:update workflow:execute"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("reached POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/advance");
  }

  @Test
  void aMissingScopeIsTheReferences403() throws IOException {
    expect(send("POST", WORKFLOWS + "/w1/advance", Tokens.scope("workflow:update")), 403, WORKFLOWS + "/w1/advance",
        "Token lacks required scope: workflow:execute",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
  }

  @Test
  void noTokenIs401AndAPublicOperationNeedsNone() throws IOException {
    expect(send("POST", WORKFLOWS, ""), 401, WORKFLOWS, "Missing bearer token", Optional.of("Bearer"));
    assertThat(send("POST", "/v1/auth/token", "").body()).isEqualTo("reached POST /v1/auth/token");
  }

  @Test
  void aHandlerTheDocumentDoesNotDeclareIsDenied() throws IOException {
    int before = handlers.hits().size();

    expect(send("GET", "/v1/undeclared", Tokens.scope("workflow:*")), 403, "/v1/undeclared",
        "No operation is declared for this method and path", Optional.empty());
    assertThat(handlers.hits()).hasSize(before);
  }

  @Test
  void aMethodRuleIsEnforcedAfterTheRoute() throws IOException {
    expect(send("GET", WORKFLOWS + "/w1", Tokens.scope("workflow:read")), 403, WORKFLOWS + "/w1",
        "Token lacks required scope: file:read", Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:read file:read\""));
    assertThat(send("GET", WORKFLOWS + "/w1", Tokens.scope("workflow:read file:read")).status()).isEqualTo(200);
    assertThat(send("POST", WORKFLOWS, Tokens.scope("workflow:create")).status()).isEqualTo(200);
  }

  @Test
  void aRejectedTokenIs401InvalidToken() throws IOException {
    expect(send("POST", "/v1/auth/token", Tokens.forged("workflow:*")), 401, "/v1/auth/token", "Token could not be verified",
        Optional.of("Bearer error=\"invalid_token\""));
  }
}
