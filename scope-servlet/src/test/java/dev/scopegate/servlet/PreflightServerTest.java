package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A guard built to pass CORS preflights, on the real server: a browser's preflight reaches the
 * application's CORS handling with no token; nothing else that says OPTIONS gets through, and the
 * application checks (see {@link TestApi#violation}) that whatever reaches it as OPTIONS is a
 * preflight about a declared operation.
 */
class PreflightServerTest {
  private static final String NO_ROUTE = "No operation is declared for this method and path";
  private static final Map<String, String> PREFLIGHT_GET =
      Map.of("Origin", "https://customer.example", "Access-Control-Request-Method", "GET");

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults().passingPreflights());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationThatShouldNotHave() {
    List<String> violations = List.copyOf(server.violations);
    server.violations.clear();
    assertThat(violations).isEmpty();
  }

  private static Client.Answer options(String target, Map<String, String> headers) throws Exception {
    return Client.send(server.port(), "OPTIONS", target, "", headers);
  }

  @Test
  void aPreflightReachesTheApplicationsCorsHandlingWithoutAToken() throws Exception {
    int before = server.hits.size();

    Client.Answer answer = options("/v1/docs/internal", PREFLIGHT_GET);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Access-Control-Allow-Origin")).contains("https://customer.example");
    assertThat(answer.body()).isEqualTo("reached OPTIONS /v1/docs/internal");
    assertThat(server.hits.subList(before, server.hits.size())).containsExactly("OPTIONS /v1/docs/internal");
    assertThat(options("/v1/orgs/o1/namespaces/ns/workflows/w1/advance",
        Map.of("Origin", "null", "Access-Control-Request-Method", "POST")).status()).isEqualTo(200);
  }

  @Test
  void aPlainOptionsRequestIsNotAPreflight() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(options("/v1/docs/internal", Map.of()), server, 403, "/v1/docs/internal", NO_ROUTE, Optional.empty());
    assertFilterAnswer(options("/v1/docs/internal", Map.of("Origin", "https://customer.example")), server, 403,
        "/v1/docs/internal", NO_ROUTE, Optional.empty());
    assertFilterAnswer(options("/v1/docs/internal", Map.of("Access-Control-Request-Method", "GET")), server, 403,
        "/v1/docs/internal", NO_ROUTE, Optional.empty());
    assertFilterAnswer(Client.send(server.port(), "OPTIONS", "/v1/docs/internal", "all", Map.of()), server, 403,
        "/v1/docs/internal", NO_ROUTE, Optional.empty());
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void aPreflightAboutAnUndeclaredOperationIsDenied() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(options("/v1/docs/internal",
            Map.of("Origin", "https://customer.example", "Access-Control-Request-Method", "DELETE")),
        server, 403, "/v1/docs/internal", NO_ROUTE, Optional.empty());
    assertFilterAnswer(options("/v1/admin", PREFLIGHT_GET), server, 403, "/v1/admin", NO_ROUTE, Optional.empty());
    assertThat(server.hits).hasSize(before);
  }

  @Test
  void aPreflightWithAPathTrickIsStill400() throws Exception {
    assertFilterAnswer(options("/v1/docs/internal%20", PREFLIGHT_GET), server, 400, "/v1/docs/internal%20",
        "Invalid request path: percent-encoded space (%20) at the start or end of a segment", Optional.empty());
  }

  @Test
  void everythingElseIsDecidedAsWithoutThePreflightOption() throws Exception {
    assertFilterAnswer(Client.send(server.port(), "GET", "/v1/docs/internal", "", PREFLIGHT_GET), server, 401,
        "/v1/docs/internal", "Missing bearer token", Optional.of("Bearer"));
    assertThat(Client.send(server.port(), "GET", "/v1/docs/internal", "all", PREFLIGHT_GET).status()).isEqualTo(200);
  }
}
