package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Templates describe paths inside the context: the filter matches the raw URI after the context path. */
class ContextPathTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/api");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Test
  void routesAreMatchedInsideTheContext() throws Exception {
    assertReached(Client.send(server.port(), "GET", "/api/v1/things/t1", "reader"), "GET", "/v1/things/t1");
    assertFilterAnswer(Client.send(server.port(), "GET", "/api/v1/things/export", "reader"), server, 403,
        "/api/v1/things/export", "Token lacks required scope: resource:*",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"resource:*\""));
    assertFilterAnswer(Client.send(server.port(), "GET", "/api/v1/things/t1/", "reader"), server, 400,
        "/api/v1/things/t1/", "Invalid request path: empty path segment (a double or trailing slash)", Optional.empty());
    assertThat(server.violations).isEmpty();
  }

  @Test
  void contextPathSpelledDifferentlyIsRejected() throws Exception {
    int before = server.hits.size();

    assertFilterAnswer(Client.send(server.port(), "GET", "/%61pi/v1/things/t1", "reader"), server, 400,
        "/%61pi/v1/things/t1", "Invalid request path: percent-encoded letter, digit, '-', '_' or '~'; send it unencoded",
        Optional.empty());
    assertFilterAnswer(Client.send(server.port(), "GET", "/api;x=1/v1/things/t1", "reader"), server, 400,
        "/api;x=1/v1/things/t1", "Invalid request path: ';' in the path (matrix or path parameters are not accepted)",
        Optional.empty());
    assertThat(server.hits).hasSize(before);
  }
}
