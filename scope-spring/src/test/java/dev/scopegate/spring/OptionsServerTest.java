package dev.scopegate.spring;

import static dev.scopegate.spring.Expect.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same application with both answer options (RFC 9457 bodies, the missing scope hidden), under a
 * context path ({@code /ctx}) and a {@code DispatcherServlet} path ({@code /mvc}), and with Tomcat
 * and the firewall made permissive, so that the guard alone answers nearly every trick of the
 * corpus, below both prefixes.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "server.servlet.context-path=/ctx", "spring.mvc.servlet.path=/mvc",
        "test.answers=problem-hidden", "test.permissive=true"})
class OptionsServerTest {
  private static final String PREFIX = "/ctx/mvc";
  private static final String ALL = Tokens.scope(PathTricks.ALL_SCOPES);
  private static final String NONE = Tokens.scope("");
  private static final Optional<String> HIDDEN = Optional.of("Bearer error=\"insufficient_scope\"");

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
  void aMissingScopeIsHiddenInAProblemBody() throws IOException {
    String path = PREFIX + "/v1/orgs/o1/namespaces/ns/workflows";

    problem(send("POST", path, Tokens.scope("workflow:read")), app, 403, "Forbidden", path, "Token lacks required scope", HIDDEN);
  }

  @Test
  void theOtherAnswersAreProblemsWithTheirUsualWords() throws IOException {
    problem(send("GET", PREFIX + "/v1/me", ""), app, 401, "Unauthorized", PREFIX + "/v1/me", "Missing bearer token",
        Expect.BEARER);
    problem(send("GET", PREFIX + "/v1/admin", ALL), app, 403, "Forbidden", PREFIX + "/v1/admin",
        "No operation is declared for this method and path", Expect.NONE);
    problem(send("GET", PREFIX + "/v1/me", Tokens.expired("workflow:read")), app, 401, "Unauthorized", PREFIX + "/v1/me",
        ScopeAuthenticationEntryPoint.INVALID_TOKEN_MESSAGE, Expect.INVALID_TOKEN);
  }

  @Test
  void aMethodDenialHidesTheScopeToo() throws IOException {
    String path = PREFIX + "/v1/methods/annotated";

    problem(send("POST", path, Tokens.scope("workflow:read")), app, 403, "Forbidden", path, "Token lacks required scope", HIDDEN);
    problem(send("GET", PREFIX + "/v1/methods/spel", Tokens.scope("workflow:read")), app, 403, "Forbidden",
        PREFIX + "/v1/methods/spel", "Token lacks required scope", HIDDEN);
  }

  @Test
  void routesAreMatchedBelowTheContextAndServletPaths() throws IOException {
    assertThat(send("GET", PREFIX + "/v1/things/t1", Tokens.scope("resource:read")).body()).isEqualTo("reached GET /v1/things/{id}");
    assertThat(send("GET", PREFIX + "/v1/things/t1", Tokens.scope("workflow:read")).status()).isEqualTo(403);
  }

  @Test
  void anEncodedContextPathIsTheContainersToRemoveAndTheRestIsDecided() throws IOException {
    String path = "/%63tx/mvc/v1/docs/internal";

    assertThat(send("GET", path, ALL).body()).isEqualTo("reached GET /v1/docs/internal");
    problem(send("GET", path, NONE), app, 403, "Forbidden", path, "Token lacks required scope", HIDDEN);
  }

  /**
   * Tomcat maps {@code /%6dvc/} to the servlet at {@code /mvc/*}, but Spring's own request path
   * parsing (which runs before the guard) refuses a servlet path that is not in the raw URI with
   * a 500; the guard would refuse it too, since the prefix is not there to remove.
   */
  @Test
  void anEncodedServletPathIsRefusedBeforeAnyHandler() throws IOException {
    int before = api.hits().size();

    assertThat(send("GET", "/ctx/%6dvc/v1/docs/internal", ALL).status()).isEqualTo(500);
    assertThat(api.hits()).hasSize(before);
  }

  @Test
  void aPathOutsideTheServletReachesNoHandler() throws IOException {
    int before = api.hits().size();

    assertThat(send("GET", "/ctx/v1/docs/internal", ALL).status()).isEqualTo(404);
    assertThat(api.hits()).hasSize(before);
  }

  static Stream<Row> rows() {
    return PathTricks.rows().stream();
  }

  /** Every trick below both prefixes; the guard answers all but what Tomcat's parser refuses. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theGuardAloneAnswersTheCorpus(Row row) throws IOException {
    String target = row.target("127.0.0.1:" + port).replaceFirst("^(http://[^/]+)?/", "$1" + PREFIX + "/");
    String path = target.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
    for (String token : List.of(ALL, NONE)) {
      int before = api.hits().size();
      LoopbackClient.Answer answer = send(row.method(), target, token);
      if (SpringBehaviour.onPermissive(row) == SpringBehaviour.Layer.TOMCAT) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(api.hits()).hasSize(before);
        continue;
      }
      List<String> required = row.status() == 200 ? PathTricksServerTest.required(row) : List.of();
      if (row.status() == 200 && (token == ALL || required.isEmpty())) {
        assertThat(answer.status()).as("%s: %s", row, answer).isEqualTo(200);
        assertThat(api.hits()).hasSize(before + 1);
        continue;
      }
      int status = row.status() == 200 ? 403 : row.status();
      String detail = row.status() == 200 ? "Token lacks required scope" : row.expected();
      Optional<String> challenge = row.status() == 200 ? HIDDEN : Optional.empty();
      if (row.method().equals("HEAD")) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo(challenge);
      } else {
        problem(answer, app, status, status == 400 ? "Bad Request" : "Forbidden", path, detail, challenge);
      }
      assertThat(api.hits()).hasSize(before);
    }
  }
}
