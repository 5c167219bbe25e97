package com.example.signstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real server (127.0.0.1, a random port), called over HTTP with tokens that
 * DevToken.java (the README's second command) prints, signed with a key pair it made for this run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ServiceApplicationTest {
  private static final Path KEYS = Path.of("target", "test-keys");
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns1/workflows";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String reader;
  private static String creator;
  private static String updater;
  private static String operator;
  private static String fileReader;
  private static String auditor;

  @LocalServerPort
  int port;

  @BeforeAll
  static void tokens() throws Exception {
    devToken("keys", KEYS.toString());
    List<String> tokens = devToken("token", KEYS.toString(), "workflow:read", "workflow:create", "workflow:update",
        "workflow:update workflow:execute", "file:read", "file:read workflow:read");
    reader = tokens.get(0);
    creator = tokens.get(1);
    updater = tokens.get(2);
    operator = tokens.get(3);
    fileReader = tokens.get(4);
    auditor = tokens.get(5);
  }

  @DynamicPropertySource
  static void trustTheTestKey(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
        () -> KEYS.resolve("public.pem").toUri().toString());
  }

  /** Runs {@code java DevToken.java ARGS} and returns what it printed, line by line. */
  private static List<String> devToken(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "DevToken.java"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("java DevToken.java %s", List.of(args)).isZero();
    return out.lines().toList();
  }

  private HttpResponse<String> call(String method, String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A Scopegate answer: the status, the challenge and the body's fields. */
  private static void denied(HttpResponse<String> response, int status, String path, String message, Optional<String> challenge) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEqualTo(challenge);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(new ArrayList<>(body.propertyNames())).containsExactly("statusCode", "timestamp", "path", "traceId", "errorInfo");
    assertThat(body.get("statusCode").intValue()).isEqualTo(status);
    assertThat(body.get("path").stringValue()).isEqualTo(path);
    assertThat(body.get("timestamp").stringValue()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    assertThat(body.get("traceId").stringValue()).isNotBlank();
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(message);
  }

  @Test
  void theHealthCheckIsPublic() throws Exception {
    assertThat(call("GET", "/v1/health", null).body()).isEqualTo("{\"status\":\"up\"}");
  }

  @Test
  void aTokenWithTheScopeCreatesAndReads() throws Exception {
    HttpResponse<String> created = call("POST", WORKFLOWS, creator);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").stringValue();

    assertThat(call("GET", WORKFLOWS + "/" + id, reader).statusCode()).isEqualTo(200);
  }

  @Test
  void aMissingScopeIsTheReferences403() throws Exception {
    denied(call("POST", WORKFLOWS, reader), 403, WORKFLOWS, "Token lacks required scope: workflow:create",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:create\""));
  }

  @Test
  void noTokenIs401() throws Exception {
    denied(call("GET", WORKFLOWS, null), 401, WORKFLOWS, "Missing bearer token", Optional.of("Bearer"));
  }

  /** The README's two calls, with a token from token.sh. */
  @Test
  void theReadmesCalls() throws Exception {
    ProcessBuilder tokenSh = new ProcessBuilder("sh", "token.sh", "workflow:read workflow:create")
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    tokenSh.environment().put("DEV_KEYS", KEYS.toAbsolutePath().toString());
    Process script = tokenSh.start();
    String token = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(script.waitFor()).isZero();

    HttpResponse<String> created = call("POST", WORKFLOWS, token);
    assertThat(created.statusCode()).isEqualTo(201);
    String advance = WORKFLOWS + "/" + JSON.readTree(created.body()).get("id").stringValue() + "/advance";
    denied(call("POST", advance, token), 403, advance, "Token lacks required scope: workflow:update",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
  }

  @Test
  void anUndeclaredOperationIsDenied() throws Exception {
    denied(call("DELETE", WORKFLOWS + "/wf-1", operator), 403, WORKFLOWS + "/wf-1",
        "No operation is declared for this method and path", Optional.empty());
  }

  @Test
  void advancingNeedsTheRoutesScopesThenTheMethodsRule() throws Exception {
    String id = JSON.readTree(call("POST", WORKFLOWS, creator).body()).get("id").stringValue();
    String advance = WORKFLOWS + "/" + id + "/advance";

    denied(call("POST", advance, updater), 403, advance, "Token lacks required scope: workflow:execute",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
    HttpResponse<String> advanced = call("POST", advance, operator);
    assertThat(advanced.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(advanced.body()).get("step").intValue()).isEqualTo(1);
  }

  @Test
  void aFileNeedsTheMethodsScopeToo() throws Exception {
    String path = "/v1/orgs/o1/files/f1";
    denied(call("GET", path, fileReader), 403, path, "Token lacks required scope: workflow:read",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"file:read workflow:read\""));
    assertThat(call("GET", path, auditor).statusCode()).isEqualTo(200);
  }
}
