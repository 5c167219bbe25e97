package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.RequestTarget;
import dev.scopegate.guard.testing.BoundPathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every trick of the shared path-trick corpus applied to a bound parameter ({@link
 * BoundPathTricks}), sent byte for byte to two real Jetty 12 servers (Jetty's defaults, and
 * permissive), with the bound token and with another organization's token of the same scopes. The
 * application checks on its own decoded view of the path that nothing reaches it for another
 * tenant, another mode, or without its scopes.
 */
class BoundPathTricksServerTest {
  private static final Guard GUARD = TenantApi.SERVICE.guard().build();
  private static final JwtScopeReader READER = JwtScopeReader.create();
  private static TestServer jettyDefault;
  private static TestServer permissive;

  @BeforeAll
  static void start() throws Exception {
    TestServer.Options tenants = TestServer.Options.defaults().service(TenantApi.SERVICE);
    jettyDefault = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", tenants);
    permissive = new TestServer(TestServer.Mode.PERMISSIVE, "/", tenants);
  }

  @AfterAll
  static void stop() throws Exception {
    jettyDefault.stop();
    permissive.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationForAnotherTenant() {
    List<String> violations = new ArrayList<>(jettyDefault.violations);
    violations.addAll(permissive.violations);
    jettyDefault.violations.clear();
    permissive.violations.clear();
    assertThat(violations).isEmpty();
  }

  static Stream<Row> rows() {
    return BoundPathTricks.rows().stream();
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

  private static void check(TestServer server, Row row, JettyBehaviour.Outcome jetty) throws Exception {
    String target = row.target(server.authority());
    for (String token : List.of("acme", "globex")) {
      int before = server.hits.size();
      Client.Answer answer = Client.raw(server.port(), row.method(), target, token);
      if (jetty instanceof JettyBehaviour.Rejects rejects) {
        assertThat(answer.status()).as(token).isEqualTo(400);
        assertThat(answer.body()).as(token).contains(rejects.reason());
        assertThat(server.hits).hasSize(before);
        continue;
      }
      String sent = RequestTarget.path(target);
      String seen = jetty instanceof JettyBehaviour.Becomes ? sent.replaceFirst("#.*", "") : sent;
      GuardDecision expected = GUARD.check(row.method(), seen, READER.read(TenantApi.TOKENS.get(token)));
      if (token.equals("acme") && !(jetty instanceof JettyBehaviour.Becomes)) {
        assertThat(expected.status()).as(row.why()).isEqualTo(row.status());
      }
      if (expected.allowed()) {
        assertThat(answer.status()).as("%s with %s: %s", row, token, answer).isEqualTo(200);
        assertThat(server.hits).hasSize(before + 1);
      } else {
        assertFilterAnswer(answer, server, row.method(), expected.status(), seen,
            expected.message().orElseThrow(), expected.wwwAuthenticate());
        assertThat(server.hits).hasSize(before);
      }
    }
  }
}
