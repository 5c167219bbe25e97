package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ErrorBodyTest {
  private static String render(Instant now, String path, String message) {
    ErrorBody body = new ErrorBody(Clock.fixed(now, ZoneOffset.UTC), () -> "t-1");
    return new String(body.render(403, path, message), StandardCharsets.UTF_8);
  }

  @Test
  void shapeIsExactlyTheApiReference() {
    assertThat(render(Instant.parse("2026-04-21T09:30:00.123456Z"), "/v1/orgs/o1/namespaces/ns/workflows",
            "Token lacks required scope: workflow:create"))
        .isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":"
            + "\"/v1/orgs/o1/namespaces/ns/workflows\",\"traceId\":\"t-1\",\"errorInfo\":{\"message\":"
            + "\"Token lacks required scope: workflow:create\"}}");
  }

  @Test
  void timestampIsUtcWithZAndDropsZeroMillis() {
    assertThat(render(Instant.parse("2026-04-21T09:30:00Z"), "/", "m")).contains("\"timestamp\":\"2026-04-21T09:30:00Z\"");
  }

  @Test
  void untrustedPathIsEscapedByJackson() {
    String path = "/v1/\"x\"\\y\u0001\u00fc</script>";

    JsonNode parsed = JsonMapper.builder().build().readTree(render(Instant.EPOCH, path, "m"));

    assertThat(parsed.get("path").stringValue()).isEqualTo(path);
  }

  @Test
  void traceIdSupplierMustNotReturnNull() {
    ErrorBody body = new ErrorBody(Clock.systemUTC(), () -> null);

    assertThatThrownBy(() -> body.render(400, "/", "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the trace id supplier returned null");
  }
}
