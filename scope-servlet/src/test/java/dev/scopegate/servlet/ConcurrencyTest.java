package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 8 threads × 250 requests over loopback, mixing tokens, operations and outcomes: every answer is
 * the expected one, every allowed request reaches the servlet exactly once, and every denial has
 * its own trace id. Bounded in count; the timeout only guards against a hang.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 250;
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns/workflows";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One kind of request and what it must get: 200 with the echo, or a status with a message. */
  private record Case(String method, String target, String token, int status, String expected) {}

  private static final List<Case> CASES = List.of(
      new Case("POST", WORKFLOWS, "creator", 200, "reached POST " + WORKFLOWS),
      new Case("POST", WORKFLOWS, "reader", 403, "Token lacks required scope: workflow:create"),
      new Case("GET", WORKFLOWS + "/w7", "reader", 200, "reached GET " + WORKFLOWS + "/w7"),
      new Case("GET", WORKFLOWS + "/w7", "", 401, "Missing bearer token"),
      new Case("POST", WORKFLOWS + "/w7/advance", "advancer", 403, "Token lacks required scope: workflow:execute"),
      new Case("POST", WORKFLOWS + "/w7/advance", "all", 200, "reached POST " + WORKFLOWS + "/w7/advance"),
      new Case("GET", "/v1/things/export", "reader", 403, "Token lacks required scope: resource:*"),
      new Case("GET", "/v1/things/export", "all", 200, "reached GET /v1/things/export"),
      new Case("GET", "/v1/things/t1", "scp-list", 403, "Token lacks required scope: resource:read"),
      new Case("POST", WORKFLOWS, "scp-list", 200, "reached POST " + WORKFLOWS),
      new Case("GET", WORKFLOWS, "conflict", 401, "Token has conflicting scope and scp claims"),
      new Case("GET", "/v1/admin", "all", 403, "No operation is declared for this method and path"),
      new Case("GET", "/v1/things/t1/", "all", 400, "Invalid request path: empty path segment (a double or trailing slash)"),
      new Case("POST", "/v1/auth/token", "", 200, "reached POST /v1/auth/token"),
      new Case("GET", "/v1/me", "none", 200, "reached GET /v1/me"));

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAnswerMatchesItsExpectedDecision() throws Exception {
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> traceIds = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    int hitsBefore = server.hits.size();
    int expectedAllowed = 0;
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < PER_THREAD; i++) {
            Case c = CASES.get((thread * 7 + i) % CASES.size());
            try {
              Client.Answer answer = Client.send(server.port(), c.method(), c.target(), c.token());
              check(c, answer, traceIds).ifPresent(mismatches::add);
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
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < PER_THREAD; i++) {
        if (CASES.get((t * 7 + i) % CASES.size()).status() == 200) {
          expectedAllowed++;
        }
      }
    }

    assertThat(mismatches).isEmpty();
    assertThat(server.violations).isEmpty();
    assertThat(server.hits.size() - hitsBefore).isEqualTo(expectedAllowed);
    Set<String> distinct = new HashSet<>(traceIds);
    assertThat(distinct).hasSize(THREADS * PER_THREAD - expectedAllowed);
  }

  private static Optional<String> check(Case c, Client.Answer answer, ConcurrentLinkedQueue<String> traceIds) {
    if (answer.status() != c.status()) {
      return Optional.of(c + " got " + answer.status() + " " + answer.body());
    }
    if (c.status() == 200) {
      return answer.body().equals(c.expected()) ? Optional.empty() : Optional.of(c + " got body " + answer.body());
    }
    JsonNode body = JSON.readTree(answer.body());
    traceIds.add(body.get("traceId").stringValue());
    boolean ok = body.get("statusCode").intValue() == c.status()
        && body.get("path").stringValue().equals(c.target())
        && body.get("timestamp").stringValue().equals(TestServer.TIMESTAMP)
        && body.get("errorInfo").get("message").stringValue().equals(c.expected());
    return ok ? Optional.empty() : Optional.of(c + " got body " + answer.body());
  }
}
