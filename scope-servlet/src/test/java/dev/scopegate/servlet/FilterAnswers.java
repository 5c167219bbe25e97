package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on the filter's answers: status, headers, and every field of the JSON body. */
final class FilterAnswers {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FilterAnswers() {}

  /** Asserts an answer written by the filter, field by field. */
  static void assertFilterAnswer(
      Client.Answer answer, TestServer server, int status, String path, String message, Optional<String> challenge) {
    assertFilterAnswer(answer, server, "GET", status, path, message, challenge);
  }

  /** Asserts an answer written by the filter; a {@code HEAD} answer has the headers and no body. */
  static void assertFilterAnswer(Client.Answer answer, TestServer server, String method, int status, String path,
      String message, Optional<String> challenge) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/json");
    assertThat(answer.header("WWW-Authenticate")).isEqualTo(challenge);
    if (method.equals("HEAD")) {
      assertThat(answer.body()).isEmpty();
      return;
    }
    JsonNode body = JSON.readTree(answer.body());
    List<String> fields = new ArrayList<>(body.propertyNames());
    assertThat(fields).containsExactly("statusCode", "timestamp", "path", "traceId", "errorInfo");
    assertThat(body.get("statusCode").isInt()).isTrue();
    assertThat(body.get("statusCode").intValue()).isEqualTo(status);
    assertThat(body.get("timestamp").stringValue()).isEqualTo(TestServer.TIMESTAMP);
    assertThat(body.get("path").stringValue()).isEqualTo(path);
    assertThat(body.get("traceId").stringValue()).isEqualTo(server.lastTrace.get()).matches("trace-[0-9]+");
    assertThat(new ArrayList<>(body.get("errorInfo").propertyNames())).containsExactly("message");
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(message);
  }

  /** Asserts an answer that came from the application servlet. */
  static void assertReached(Client.Answer answer, String method, String decodedPath) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(method.equals("HEAD") ? "" : "reached " + method + " " + decodedPath);
  }
}
