package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Scope;
import dev.scopegate.guard.Route;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the shared path-trick corpus, sent byte for byte over a raw socket to two real
 * Jetty 12 servers: one with Jetty's default URI compliance (which rejects some tricks itself,
 * before any filter runs; {@link JettyBehaviour} lists them) and one made permissive ({@code
 * UriCompliance.UNSAFE}, ambiguous URIs decoded) so that the filter alone must answer them. Each is
 * sent with a token that has every scope (the corpus's answer) and with one that has none; the
 * application servlet reports anything that reaches it without the scopes its own (decoded) view
 * of the path requires.
 */
class PathTricksServerTest {
  private static TestServer jettyDefault;
  private static TestServer permissive;

  @BeforeAll
  static void start() throws Exception {
    jettyDefault = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/");
    permissive = new TestServer(TestServer.Mode.PERMISSIVE, "/");
  }

  @AfterAll
  static void stop() throws Exception {
    jettyDefault.stop();
    permissive.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationWithoutItsScopes() {
    List<String> violations = new ArrayList<>(jettyDefault.violations);
    violations.addAll(permissive.violations);
    jettyDefault.violations.clear();
    permissive.violations.clear();
    assertThat(violations).isEmpty();
  }

  static Stream<Row> rows() {
    return PathTricks.rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void onJettyDefaults(Row row) throws Exception {
    check(jettyDefault, row, JettyBehaviour.onDefaults(row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void onPermissiveJetty(Row row) throws Exception {
    check(permissive, row, JettyBehaviour.onPermissive(row));
  }

  private static void check(TestServer server, Row sent, JettyBehaviour.Outcome jetty) throws Exception {
    String target = sent.target(server.authority());
    for (String token : List.of("all", "none")) {
      int before = server.hits.size();
      Client.Answer answer = Client.raw(server.port(), sent.method(), target, token);
      if (jetty instanceof JettyBehaviour.Rejects rejects) {
        assertThat(answer.status()).as(token).isEqualTo(400);
        assertThat(answer.header("Content-Type").orElse("")).as(token).startsWith("text/html");
        assertThat(answer.body()).as(token).contains(rejects.reason());
        assertThat(server.hits).hasSize(before);
        continue;
      }
      Row row = jetty instanceof JettyBehaviour.Becomes becomes
          ? new Row(sent.id(), sent.method(), sent.target(), becomes.status(), becomes.expected(), becomes.how())
          : sent;
      String path = target.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
      if (row.status() != 200) {
        assertFilterAnswer(answer, server, row.method(), row.status(), path, row.expected(), Optional.empty());
        assertThat(server.hits).hasSize(before);
        continue;
      }
      List<String> required = required(row);
      if (token.equals("all") || required.isEmpty()) {
        assertThat(answer.status()).as("%s with %s: %s", row, token, answer).isEqualTo(200);
        assertThat(answer.body()).startsWith(row.method().equals("HEAD") ? "" : "reached " + row.method() + " ");
        assertThat(server.hits).hasSize(before + 1);
      } else {
        assertFilterAnswer(answer, server, row.method(), 403, path.replaceFirst("#.*", ""),
            "Token lacks required scope: " + required.get(0),
            Optional.of("Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", required) + "\""));
        assertThat(server.hits).hasSize(before);
      }
    }
  }

  /** The scopes the row's route requires, declared order; empty for a public or token-only route. */
  static List<String> required(Row row) {
    Route route = PathTricks.ROUTES.routes().stream()
        .filter(r -> (r.method() + " " + r.template()).equals(row.route().orElseThrow()))
        .findFirst().orElseThrow();
    return route.rule().map(r -> r.alternatives().get(0).scopes().stream().map(Scope::toString).collect(Collectors.toList()))
        .orElse(List.of());
  }
}
