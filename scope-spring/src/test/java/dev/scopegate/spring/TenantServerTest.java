package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.testing.BoundPathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenant bindings through Spring Security on Tomcat over loopback, with real signed tokens: the
 * guard's bound route table ({@link BoundPathTricks#ROUTES}: {@code {orgId}} to {@code org_id},
 * {@code {namespaceKey}} to {@code namespace}, the namespace's mode to {@code mode}) reaches the
 * token's claims through {@link GuardAuthorizationManager} and {@link AuthenticationClaims}. The
 * handlers are an independent oracle: each records a violation when it runs for a token whose
 * organization, namespace or mode is not the path's.
 */
@SpringBootTest(classes = TenantServerTest.TenantApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class TenantServerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACME = Tokens.claims(BoundPathTricks.TOKEN);
  private static final String GLOBEX = Tokens.claims(BoundPathTricks.OTHER_TENANT);
  private static final String SIGNING = "/v1/orgs/acme/namespaces/signing/workflows";

  @LocalServerPort
  int port;

  @Autowired
  Tenants tenants;

  @AfterEach
  void noHandlerRanForAnotherTenant() {
    List<String> violations = List.copyOf(tenants.violations);
    tenants.violations.clear();
    assertThat(violations).isEmpty();
  }

  private LoopbackClient.Answer get(String path, String token) throws IOException {
    return LoopbackClient.send(port, "GET", path, token);
  }

  /** A Signstack body, every field, and no handler reached. */
  private void denied(LoopbackClient.Answer answer, int before, int status, String path, String message, Optional<String> challenge) {
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
    assertThat(tenants.hits).hasSize(before);
  }

  @Test
  void theTokensOwnNamespaceIsAllowed() throws IOException {
    int before = tenants.hits.size();
    assertThat(get(SIGNING, ACME).status()).isEqualTo(200);
    assertThat(tenants.hits).hasSize(before + 1);
  }

  @Test
  void anotherTenantsUrlWithAValidScopeIsA403ThatRevealsNothing() throws IOException {
    int before = tenants.hits.size();
    // globex's token holds workflow:*; the URL is acme's.
    denied(get(SIGNING, GLOBEX), before, 403, SIGNING, "Token does not match path parameter: orgId", Optional.empty());
    // acme's token on another acme namespace, and on an organization that does not exist: the same answer shape.
    denied(get("/v1/orgs/acme/namespaces/billing/workflows", ACME), before, 403, "/v1/orgs/acme/namespaces/billing/workflows",
        "Token does not match path parameter: namespaceKey", Optional.empty());
    denied(get("/v1/orgs/nobody/namespaces/signing/workflows", ACME), before, 403, "/v1/orgs/nobody/namespaces/signing/workflows",
        "Token does not match path parameter: orgId", Optional.empty());
  }

  @Test
  void aMissingBindingClaimFailsClosed() throws IOException {
    Map<String, Object> claims = new HashMap<>(BoundPathTricks.TOKEN);
    claims.remove("org_id");
    int before = tenants.hits.size();
    denied(get(SIGNING, Tokens.claims(claims)), before, 403, SIGNING, "Token lacks binding claim: org_id", Optional.empty());
  }

  @Test
  void aListValuedClaimAllowsEachOfItsValuesAndNothingElse() throws IOException {
    Map<String, Object> claims = new HashMap<>(BoundPathTricks.TOKEN);
    claims.put("namespace", List.of("signing", "staging"));
    String token = Tokens.claims(claims);
    int before = tenants.hits.size();
    assertThat(get(SIGNING, token).status()).isEqualTo(200);
    assertThat(get("/v1/orgs/acme/namespaces/staging/workflows", token).status()).isEqualTo(200);
    assertThat(tenants.hits).hasSize(before + 2);
    denied(get("/v1/orgs/acme/namespaces/billing/workflows", token), before + 2, 403, "/v1/orgs/acme/namespaces/billing/workflows",
        "Token does not match path parameter: namespaceKey", Optional.empty());
  }

  @Test
  void aModeMismatchIsDenied() throws IOException {
    // acme/billing is a live namespace; a test-mode token that names it is still refused.
    Map<String, Object> claims = new HashMap<>(BoundPathTricks.TOKEN);
    claims.put("namespace", "billing");
    int before = tenants.hits.size();
    denied(get("/v1/orgs/acme/namespaces/billing/workflows", Tokens.claims(claims)), before, 403,
        "/v1/orgs/acme/namespaces/billing/workflows", "Token mode does not match path parameter: namespaceKey", Optional.empty());
  }

  @Test
  void aScopeDenialComesAfterTheBindingsAndNamesOnlyTheScope() throws IOException {
    Map<String, Object> claims = new HashMap<>(BoundPathTricks.TOKEN);
    claims.put("scope", "file:read");
    int before = tenants.hits.size();
    denied(get(SIGNING, Tokens.claims(claims)), before, 403, SIGNING, "Token lacks required scope: workflow:read",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:read\""));
  }

  static Stream<Row> rows() {
    return BoundPathTricks.rows().stream();
  }

  /**
   * Every bound path trick with acme's token: answered by Tomcat or Spring's firewall (400, no
   * handler), or by the guard exactly as the corpus says; a handler runs only for the corpus's
   * allowed rows, and only for acme's own namespaces (the oracle).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void boundPathTricks(Row row) throws IOException {
    String target = row.target("127.0.0.1:" + port);
    String path = target.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
    int before = tenants.hits.size();
    LoopbackClient.Answer answer = LoopbackClient.send(port, row.method(), target, ACME);
    boolean guard = answer.header("Content-Type").orElse("").startsWith("application/json")
        && Expectations.isSignstack(answer.body());
    if (row.status() == 200) {
      assertThat(answer.status()).as("%s: %s", row, answer).isEqualTo(200);
      assertThat(tenants.hits).hasSize(before + 1);
      assertThat(tenants.hits.get(before)).isEqualTo(row.route().orElseThrow().replaceFirst("^HEAD ", "GET "));
    } else if (guard || row.method().equals("HEAD") && answer.status() == row.status()) {
      assertThat(answer.status()).as("%s: %s", row, answer).isEqualTo(row.status());
      if (!row.method().equals("HEAD")) {
        assertThat(JSON.readTree(answer.body()).get("errorInfo").get("message").stringValue()).isEqualTo(row.expected());
        assertThat(JSON.readTree(answer.body()).get("path").stringValue()).isEqualTo(path);
      }
      assertThat(tenants.hits).hasSize(before);
    } else {
      assertThat(answer.status()).as("%s: Tomcat or the firewall: %s", row, answer).isEqualTo(400);
      assertThat(tenants.hits).hasSize(before);
    }
  }

  /** Reading a body without failing on one that is not JSON. */
  static final class Expectations {
    private Expectations() {}

    static boolean isSignstack(String body) {
      try {
        return JSON.readTree(body).has("errorInfo");
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  /** The bound operations' handlers, each checking the token against its path (the oracle). */
  @RestController
  static class Tenants {
    private static final String NS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}";
    final List<String> hits = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();

    @GetMapping(NS + "/workflows")
    String list(@PathVariable("orgId") String orgId, @PathVariable("namespaceKey") String namespaceKey) {
      return reached("GET " + NS + "/workflows", orgId, namespaceKey);
    }

    @PostMapping(NS + "/workflows")
    String create(@PathVariable("orgId") String orgId, @PathVariable("namespaceKey") String namespaceKey) {
      return reached("POST " + NS + "/workflows", orgId, namespaceKey);
    }

    @GetMapping(NS + "/workflows/{workflowId}")
    String get(@PathVariable("orgId") String orgId, @PathVariable("namespaceKey") String namespaceKey) {
      return reached("GET " + NS + "/workflows/{workflowId}", orgId, namespaceKey);
    }

    @GetMapping(NS + "/workflows/export")
    String export(@PathVariable("orgId") String orgId, @PathVariable("namespaceKey") String namespaceKey) {
      return reached("GET " + NS + "/workflows/export", orgId, namespaceKey);
    }

    @PostMapping(NS + "/workflows/{workflowId}/advance")
    String advance(@PathVariable("orgId") String orgId, @PathVariable("namespaceKey") String namespaceKey) {
      return reached("POST " + NS + "/workflows/{workflowId}/advance", orgId, namespaceKey);
    }

    @GetMapping(NS + "/branding")
    String branding() {
      hits.add("GET " + NS + "/branding");
      return "public";
    }

    @GetMapping("/v1/orgs/{orgId}/files/{fileId}")
    String file(@PathVariable("orgId") String orgId) {
      return reached("GET /v1/orgs/{orgId}/files/{fileId}", orgId, null);
    }

    @GetMapping("/v1/me")
    String me() {
      hits.add("GET /v1/me");
      return "me";
    }

    /** Records the hit, and a violation unless the token's organization, namespace and mode are the path's. */
    private String reached(String operation, String orgId, String namespaceKey) {
      hits.add(operation);
      if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
        violations.add(operation + " reached without a token");
        return "reached";
      }
      Map<String, Object> claims = token.getTokenAttributes();
      boolean org = List.of(String.valueOf(claims.get("org_id"))).contains(orgId);
      Object namespaces = claims.get("namespace");
      boolean namespace = namespaceKey == null
          || (namespaces instanceof List<?> list ? list.contains(namespaceKey) : namespaceKey.equals(namespaces));
      String mode = namespaceKey == null ? null
          : BoundPathTricks.NAMESPACES.get((orgId + "/" + namespaceKey).toLowerCase(Locale.ROOT));
      boolean modeMatches = namespaceKey == null || mode != null && mode.equals(claims.get("mode"));
      if (!org || !namespace || !modeMatches) {
        violations.add(operation + " for " + orgId + "/" + namespaceKey + " reached by " + claims);
      }
      return "reached";
    }
  }

  /** Spring Boot with scope-spring wired by hand over the bound table and the corpus's mode lookup. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(Tenants.class)
  static class TenantApplication {
    @Bean
    JwtDecoder jwtDecoder() {
      return Tokens.decoder();
    }

    @Bean
    GuardAuthorizationManager requests() {
      return GuardAuthorizationManager.of(Guard.builder(BoundPathTricks.ROUTES).modeLookup(BoundPathTricks.MODES).build());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, GuardAuthorizationManager requests) throws Exception {
      Answers answers = Answers.builder().build();
      ScopeAuthenticationEntryPoint entryPoint = ScopeAuthenticationEntryPoint.of(answers);
      ScopeAccessDeniedHandler deniedHandler = ScopeAccessDeniedHandler.of(answers);
      http.authorizeHttpRequests(authorize -> authorize.anyRequest().access(requests))
          .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
              .authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
          .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
          .csrf(csrf -> csrf.disable())
          .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
      return http.build();
    }
  }
}
