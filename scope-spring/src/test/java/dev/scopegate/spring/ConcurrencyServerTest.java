package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.spring.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 8 threads × 100 requests over loopback, mixing tokens, route and method rules and outcomes:
 * every answer is the expected one, every allowed request reaches its handler exactly once, no
 * handler runs without its scopes, and every denial has its own trace id. Bounded in count; the
 * timeout only guards against a hang.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class ConcurrencyServerTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 100;
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns/workflows";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String CREATOR = Tokens.scope("workflow:create");
  private static final String READER = Tokens.scope("workflow:read resource:read");
  private static final String ADVANCER = Tokens.scope("workflow:update workflow:read");
  private static final String ALL = Tokens.scope("workflow:* resource:* file:read");
  private static final String SCP = Tokens.claims(Map.of("scp", List.of("workflow:read", "workflow:create")));
  private static final String CONFLICT = Tokens.claims(Map.of("scope", "workflow:read", "scp", List.of("workflow:create")));

  /** One kind of request and what it must get: 200 and the handler, or a status and a message. */
  private record Case(String method, String target, String token, int status, String expected) {}

  private static final List<Case> CASES = List.of(
      new Case("POST", WORKFLOWS, CREATOR, 200, "reached POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"),
      new Case("POST", WORKFLOWS, READER, 403, "Token lacks required scope: workflow:create"),
      new Case("GET", WORKFLOWS + "/w7", READER, 200, "reached GET /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}"),
      new Case("GET", WORKFLOWS + "/w7", "", 401, "Missing bearer token"),
      new Case("POST", WORKFLOWS + "/w7/advance", ADVANCER, 403, "Token lacks required scope: workflow:execute"),
      new Case("GET", "/v1/things/export", READER, 403, "Token lacks required scope: resource:*"),
      new Case("GET", "/v1/things/export", ALL, 200, "reached GET /v1/things/export"),
      new Case("POST", WORKFLOWS, SCP, 200, "reached POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"),
      new Case("GET", WORKFLOWS, CONFLICT, 401, "Token has conflicting scope and scp claims"),
      new Case("GET", "/v1/admin", ALL, 403, "No operation is declared for this method and path"),
      new Case("POST", "/v1/methods/annotated", READER, 403, "Token lacks required scope: workflow:create"),
      new Case("POST", "/v1/methods/annotated", CREATOR, 200, "reached POST /v1/methods/annotated"),
      new Case("GET", "/v1/methods/spel", ADVANCER, 403, "Token lacks required scope: file:read"),
      new Case("GET", "/v1/methods/spel", ALL, 200, "reached GET /v1/methods/spel"),
      new Case("POST", "/v1/auth/token", "", 200, "reached POST /v1/auth/token"),
      new Case("GET", "/v1/me", Tokens.scope(""), 200, "reached GET /v1/me"));

  @LocalServerPort
  int port;

  @Autowired
  TestApi api;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void everyAnswerMatchesItsExpectedDecision() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> traceIds = new ConcurrentLinkedQueue<>();
    int hitsBefore = api.hits().size();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < PER_THREAD; i++) {
            Case c = CASES.get((thread * 7 + i) % CASES.size());
            try {
              check(c, send(http, c), traceIds).ifPresent(mismatches::add);
            } catch (Exception e) {
              mismatches.add(c + ": " + e);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    int expectedAllowed = 0;
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < PER_THREAD; i++) {
        if (CASES.get((t * 7 + i) % CASES.size()).status() == 200) {
          expectedAllowed++;
        }
      }
    }

    assertThat(mismatches).isEmpty();
    assertThat(api.violations()).isEmpty();
    assertThat(api.hits().size() - hitsBefore).isEqualTo(expectedAllowed);
    Set<String> distinct = new HashSet<>(traceIds);
    assertThat(distinct).hasSize(THREADS * PER_THREAD - expectedAllowed);
  }

  private HttpResponse<String> send(HttpClient http, Case c) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.target()))
        .timeout(Duration.ofSeconds(30))
        .method(c.method(), HttpRequest.BodyPublishers.noBody());
    if (!c.token().isEmpty()) {
      request.header("Authorization", "Bearer " + c.token());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Optional<String> check(Case c, HttpResponse<String> answer, ConcurrentLinkedQueue<String> traceIds) {
    if (answer.statusCode() != c.status()) {
      return Optional.of(c + " got " + answer.statusCode() + " " + answer.body());
    }
    if (c.status() == 200) {
      return answer.body().equals(c.expected()) ? Optional.empty() : Optional.of(c + " got body " + answer.body());
    }
    JsonNode body = JSON.readTree(answer.body());
    traceIds.add(body.get("traceId").stringValue());
    boolean ok = body.get("statusCode").intValue() == c.status()
        && body.get("path").stringValue().equals(c.target())
        && body.get("timestamp").stringValue().equals(TestApplication.TIMESTAMP)
        && body.get("errorInfo").get("message").stringValue().equals(c.expected());
    return ok ? Optional.empty() : Optional.of(c + " got body " + answer.body());
  }
}
