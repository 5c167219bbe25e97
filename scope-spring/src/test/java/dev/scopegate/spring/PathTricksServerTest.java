package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Scope;
import dev.scopegate.guard.Route;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every row of the shared path-trick corpus, sent byte for byte over a raw socket through Tomcat,
 * Spring Security's firewall and the guard, with a token that has every scope and with one that has
 * none: each row gets the answer of the layer {@link SpringBehaviour} names (the guard's is the
 * corpus's), and no handler ever runs without the scopes it needs.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class PathTricksServerTest {
  private static final String ALL = Tokens.scope(PathTricks.ALL_SCOPES);
  private static final String NONE = Tokens.scope("");

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

  static Stream<Row> rows() {
    return PathTricks.rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void onSpringDefaults(Row row) throws IOException {
    String target = row.target("127.0.0.1:" + port);
    String path = target.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
    for (String token : List.of(ALL, NONE)) {
      String which = token == ALL ? "all scopes" : "no scope";
      int before = api.hits().size();
      LoopbackClient.Answer answer = LoopbackClient.send(port, row.method(), target, token);
      switch (SpringBehaviour.onDefaults(row)) {
        case TOMCAT -> {
          assertThat(answer.status()).as(which).isEqualTo(400);
          assertThat(answer.header("Content-Type").orElse("")).as(which).startsWith("text/html");
          assertThat(api.hits()).hasSize(before);
        }
        case FIREWALL -> {
          assertThat(answer.status()).as(which).isEqualTo(400);
          assertThat(Expect.fields(answer.body())).as(which).containsExactly("timestamp", "status", "error", "path");
          assertThat(api.hits()).hasSize(before);
        }
        case GUARD -> guardAnswers(row, token == ALL, path, answer, before);
      }
    }
  }

  private void guardAnswers(Row row, boolean all, String path, LoopbackClient.Answer answer, int before) {
    if (row.status() != 200) {
      expect(answer, row.method(), row.status(), path, row.expected(), Optional.empty());
      assertThat(api.hits()).hasSize(before);
      return;
    }
    List<String> required = required(row);
    if (all || required.isEmpty()) {
      assertThat(answer.status()).as("%s: %s", row, answer).isEqualTo(200);
      assertThat(api.hits()).hasSize(before + 1);
      assertThat(api.hits().get(before)).isEqualTo(handler(row));
    } else {
      expect(answer, row.method(), 403, path, "Token lacks required scope: " + required.get(0),
          Expect.insufficientScope(required.toArray(String[]::new)));
      assertThat(api.hits()).hasSize(before);
    }
  }

  private void expect(LoopbackClient.Answer answer, String method, int status, String path, String message, Optional<String> challenge) {
    if (method.equals("HEAD")) {
      assertThat(answer.status()).isEqualTo(status);
      assertThat(answer.header("WWW-Authenticate")).isEqualTo(challenge);
      assertThat(answer.body()).isEmpty();
    } else {
      Expect.signstack(answer, app, status, path, message, challenge);
    }
  }

  /** The handler a 200 row reaches: HEAD runs the GET handler of the template. */
  private static String handler(Row row) {
    return row.route().orElseThrow().replaceFirst("^HEAD ", "GET ");
  }

  /** The scopes of the row's route, declared order; empty for a public or any-token route. */
  static List<String> required(Row row) {
    Route route = PathTricks.ROUTES.routes().stream()
        .filter(r -> (r.method() + " " + r.template()).equals(row.route().orElseThrow()))
        .findFirst().orElseThrow();
    return route.rule().map(r -> r.alternatives().get(0).scopes().stream().map(Scope::toString).collect(Collectors.toList()))
        .orElse(List.of());
  }
}
