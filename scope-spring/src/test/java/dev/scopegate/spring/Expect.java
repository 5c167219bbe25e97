package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.spring.testing.LoopbackClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on Scopegate's answers: status, headers, and every field of the body. */
final class Expect {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Expect() {}

  /** A Signstack body, field by field, with the last trace id the application gave out. */
  static void signstack(LoopbackClient.Answer answer, TestApplication app, int status, String path, String message,
      Optional<String> challenge) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/json");
    assertThat(answer.header("WWW-Authenticate")).as("challenge of %s", answer).isEqualTo(challenge);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(new ArrayList<>(body.propertyNames())).containsExactly("statusCode", "timestamp", "path", "traceId", "errorInfo");
    assertThat(body.get("statusCode").isInt()).isTrue();
    assertThat(body.get("statusCode").intValue()).isEqualTo(status);
    assertThat(body.get("timestamp").stringValue()).isEqualTo(TestApplication.TIMESTAMP);
    assertThat(body.get("path").stringValue()).isEqualTo(path);
    assertThat(body.get("traceId").stringValue()).isEqualTo(app.lastTrace.get()).matches("trace-[0-9]+");
    assertThat(new ArrayList<>(body.get("errorInfo").propertyNames())).containsExactly("message");
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(message);
    assertThat(answer.header("Content-Length")).contains(Integer.toString(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
  }

  /** An RFC 9457 body, field by field. */
  static void problem(LoopbackClient.Answer answer, TestApplication app, int status, String title, String path,
      String detail, Optional<String> challenge) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/problem+json");
    assertThat(answer.header("WWW-Authenticate")).isEqualTo(challenge);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(new ArrayList<>(body.propertyNames()))
        .containsExactly("type", "title", "status", "detail", "instance", "timestamp", "traceId");
    assertThat(body.get("type").stringValue()).isEqualTo("about:blank");
    assertThat(body.get("title").stringValue()).isEqualTo(title);
    assertThat(body.get("status").intValue()).isEqualTo(status);
    assertThat(body.get("detail").stringValue()).isEqualTo(detail);
    assertThat(body.get("instance").stringValue()).isEqualTo(path);
    assertThat(body.get("timestamp").stringValue()).isEqualTo(TestApplication.TIMESTAMP);
    assertThat(body.get("traceId").stringValue()).isEqualTo(app.lastTrace.get());
  }

  /** The challenge of a scope denial: every scope of the denied alternative, declared order. */
  static Optional<String> insufficientScope(String... scopes) {
    return Optional.of("Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\"");
  }

  static final Optional<String> BEARER = Optional.of("Bearer");
  static final Optional<String> INVALID_TOKEN = Optional.of("Bearer error=\"invalid_token\"");
  static final Optional<String> NONE = Optional.empty();

  /** The fields of a body, for answers that are not Scopegate's. */
  static List<String> fields(String body) {
    return new ArrayList<>(JSON.readTree(body).propertyNames());
  }
}
