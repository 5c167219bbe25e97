package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.ErrorFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The answer options on the real server: the missing scope hidden, problem details, the timestamp. */
class AnswerOptionsServerTest {
  private static final String ADVANCE = "/v1/orgs/o1/namespaces/ns/workflows/w1/advance";

  private static Client.Answer denied(TestServer.Options options) throws Exception {
    TestServer server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", options);
    try {
      return Client.send(server.port(), "POST", ADVANCE, "advancer");
    } finally {
      server.stop();
    }
  }

  @Test
  void theMissingScopeCanBeHidden() throws Exception {
    Client.Answer answer = denied(TestServer.Options.defaults().answers(b -> b.exposeMissingScope(false)));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.header("WWW-Authenticate")).contains("Bearer error=\"insufficient_scope\"");
    assertThat(answer.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\""
        + ADVANCE + "\",\"traceId\":\"trace-1\",\"errorInfo\":{\"message\":\"Token lacks required scope\"}}");
  }

  @Test
  void theBodyCanBeProblemDetails() throws Exception {
    Client.Answer answer = denied(TestServer.Options.defaults().answers(b -> b.format(ErrorFormat.PROBLEM)));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.header("Content-Type")).contains("application/problem+json");
    assertThat(answer.header("WWW-Authenticate"))
        .contains("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\"");
    assertThat(answer.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
        + "\"detail\":\"Token lacks required scope: workflow:execute\",\"instance\":\"" + ADVANCE + "\","
        + "\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"traceId\":\"trace-1\"}");
    assertThat(answer.header("Content-Length")).contains(String.valueOf(answer.body().length()));
  }

  @Test
  void theTimestampKeepsItsMillisecondsAtAWholeSecond() throws Exception {
    Client.Answer answer = denied(TestServer.Options.defaults()
        .answers(b -> b.clock(Clock.fixed(Instant.parse("2026-04-21T09:30:00Z"), ZoneOffset.UTC))));

    assertThat(answer.body()).contains("\"timestamp\":\"2026-04-21T09:30:00.000Z\"");
  }
}
