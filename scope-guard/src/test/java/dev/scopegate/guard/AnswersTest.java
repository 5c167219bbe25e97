package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.GUARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.scopegate.AccessRule;
import dev.scopegate.catalog.SignstackScopes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every answer, byte for byte, in both formats and with the scope named or hidden. */
class AnswersTest {
  private static final String CREATE_PATH = "/v1/orgs/o1/namespaces/ns/workflows";
  private static final String ADVANCE_PATH = CREATE_PATH + "/w1/advance";
  private static final Instant NOW = Instant.parse("2026-04-21T09:30:00.123Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Answers.Builder fixed(Instant now) {
    return Answers.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).traceIds(() -> "t-1");
  }

  private static final Answers SIGNSTACK = fixed(NOW).build();
  private static final Answers HIDDEN = fixed(NOW).exposeMissingScope(false).build();
  private static final Answers PROBLEM = fixed(NOW).format(ErrorFormat.PROBLEM).build();

  private static GuardDecision insufficient() {
    return GUARD.check("POST", ADVANCE_PATH, ScopeClaim.of("workflow:update"));
  }

  @Test
  void insufficientScopeIsTheReferenceBodyExactly() {
    Answer a = SIGNSTACK.answer(insufficient(), "/api" + ADVANCE_PATH);

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.contentType()).isEqualTo("application/json");
    assertThat(a.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\"");
    assertThat(a.headers()).containsExactly(
        Map.entry("Content-Type", "application/json"),
        Map.entry("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\""));
    assertThat(a.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\"/api"
        + ADVANCE_PATH + "\",\"traceId\":\"t-1\",\"errorInfo\":{\"message\":\"Token lacks required scope: workflow:execute\"}}");
    assertThat(a.bodyBytes()).isEqualTo(a.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyOtherDenialHasItsStatusMessageAndChallenge() {
    assertAnswer(SIGNSTACK.answer(GUARD.check("GET", "/v1/unknown", ScopeClaim.absent()), "/v1/unknown"),
        403, "No operation is declared for this method and path", Optional.empty());
    assertAnswer(SIGNSTACK.answer(GUARD.check("POST", CREATE_PATH, ScopeClaim.absent()), CREATE_PATH),
        401, "Missing bearer token", Optional.of("Bearer"));
    assertAnswer(SIGNSTACK.answer(GUARD.check("POST", CREATE_PATH, ScopeClaim.unusable("Token has conflicting scope and scp claims")),
        CREATE_PATH), 401, "Token has conflicting scope and scp claims", Optional.of("Bearer error=\"invalid_token\""));
    assertAnswer(SIGNSTACK.answer(GUARD.check("GET", "/v1/things/t1/", ScopeClaim.absent()), "/v1/things/t1/"),
        400, "Invalid request path: empty path segment (a double or trailing slash)", Optional.empty());
    assertAnswer(SIGNSTACK.answer(GUARD.check("G T", "/", ScopeClaim.absent()), "/"), 400, "Invalid request method", Optional.empty());
    assertAnswer(SIGNSTACK.unauthenticated("/v1/me"), 401, "Missing bearer token", Optional.of("Bearer"));
    assertAnswer(SIGNSTACK.invalidToken("Token expired", "/v1/me"), 401, "Token expired",
        Optional.of("Bearer error=\"invalid_token\""));
  }

  private static void assertAnswer(Answer a, int status, String message, Optional<String> challenge) {
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.wwwAuthenticate()).isEqualTo(challenge);
    assertThat(a.headers()).hasSize(challenge.isPresent() ? 2 : 1);
    JsonNode body = JSON.readTree(a.body());
    assertThat(body.get("statusCode").intValue()).isEqualTo(status);
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(message);
  }

  @Test
  void timestampAlwaysHasMilliseconds() {
    assertThat(fixed(Instant.parse("2026-04-21T09:30:00Z")).build().unauthenticated("/").body())
        .contains("\"timestamp\":\"2026-04-21T09:30:00.000Z\"");
    assertThat(fixed(Instant.parse("2026-04-21T09:30:00.120456789Z")).build().unauthenticated("/").body())
        .contains("\"timestamp\":\"2026-04-21T09:30:00.120Z\"");
    assertThat(Answers.timestamp(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(Answers.timestamp(Instant.parse("2026-12-31T23:59:59.999999Z"))).isEqualTo("2026-12-31T23:59:59.999Z");
  }

  @Test
  void theTimestampIsUtcWhateverTheClocksZone() {
    Answers answers = Answers.builder().clock(Clock.fixed(NOW, java.time.ZoneId.of("Asia/Tokyo"))).traceIds(() -> "t").build();

    assertThat(answers.unauthenticated("/").body()).contains("\"timestamp\":\"2026-04-21T09:30:00.123Z\"");
  }

  @Test
  void hiddenScopeSaysOnlyThatAScopeIsMissing() {
    Answer a = HIDDEN.answer(insufficient(), ADVANCE_PATH);

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\"");
    assertThat(a.body()).isEqualTo("{\"statusCode\":403,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\""
        + ADVANCE_PATH + "\",\"traceId\":\"t-1\",\"errorInfo\":{\"message\":\"Token lacks required scope\"}}");
    assertThat(a.body() + a.headers()).doesNotContain("workflow:");
    assertThat(HIDDEN.exposesMissingScope()).isFalse();
    assertThat(SIGNSTACK.exposesMissingScope()).isTrue();
  }

  @Test
  void hidingChangesNothingButTheScopeDenial() {
    GuardDecision unauthenticated = GUARD.check("POST", CREATE_PATH, ScopeClaim.absent());
    GuardDecision noRoute = GUARD.check("GET", "/v1/unknown", ScopeClaim.absent());

    assertThat(HIDDEN.answer(unauthenticated, CREATE_PATH)).isEqualTo(SIGNSTACK.answer(unauthenticated, CREATE_PATH));
    assertThat(HIDDEN.answer(noRoute, "/v1/unknown")).isEqualTo(SIGNSTACK.answer(noRoute, "/v1/unknown"));
  }

  @Test
  void problemDetailsCarryTheSameFacts() {
    Answer a = PROBLEM.answer(insufficient(), ADVANCE_PATH);

    assertThat(a.contentType()).isEqualTo("application/problem+json");
    assertThat(a.headers()).containsEntry("Content-Type", "application/problem+json");
    assertThat(a.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\", scope=\"workflow:update workflow:execute\"");
    assertThat(a.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
        + "\"detail\":\"Token lacks required scope: workflow:execute\",\"instance\":\"" + ADVANCE_PATH + "\","
        + "\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"traceId\":\"t-1\"}");
    assertThat(PROBLEM.unauthenticated("/v1/me").body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,");
    assertThat(PROBLEM.answer(GUARD.check("GET", "/v1//x", ScopeClaim.absent()), "/v1//x").body())
        .startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,");
    assertThat(PROBLEM.format()).isEqualTo(ErrorFormat.PROBLEM);
    assertThat(SIGNSTACK.format()).isEqualTo(ErrorFormat.SIGNSTACK);
  }

  @Test
  void problemDetailsWithTheScopeHidden() {
    Answer a = fixed(NOW).format(ErrorFormat.PROBLEM).exposeMissingScope(false).build().answer(insufficient(), ADVANCE_PATH);

    assertThat(a.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\"");
    assertThat(a.body()).contains("\"detail\":\"Token lacks required scope\",").doesNotContain("workflow:");
  }

  @Test
  void insufficientScopeFromAnEngineDecision() {
    var requirement = SignstackScopes.CATALOG.requirement("workflow:update", "workflow:execute");
    var denial = requirement.check("workflow:update");

    Answer a = SIGNSTACK.insufficientScope(denial, ADVANCE_PATH);

    assertThat(a).isEqualTo(SIGNSTACK.answer(insufficient(), ADVANCE_PATH));
    assertThat(HIDDEN.insufficientScope(denial, ADVANCE_PATH)).isEqualTo(HIDDEN.answer(insufficient(), ADVANCE_PATH));
  }

  @Test
  void insufficientScopeOfARuleListsTheClosestAlternative() {
    var catalog = SignstackScopes.CATALOG;
    var rule = AccessRule.anyOf(catalog.requirement("workflow:update", "file:read", "file:upload"), catalog.requirement("workflow:*"));

    Answer a = SIGNSTACK.insufficientScope(rule.check("workflow:read"), "/");

    assertThat(a.body()).contains("\"message\":\"Token lacks required scope: workflow:*\"");
    assertThat(a.wwwAuthenticate()).contains("Bearer error=\"insufficient_scope\", scope=\"workflow:*\"");
  }

  @Test
  void anAllowedDecisionHasNoAnswer() {
    GuardDecision allowed = GUARD.check("POST", "/v1/auth/token", ScopeClaim.absent());

    assertThatThrownBy(() -> SIGNSTACK.answer(allowed, "/v1/auth/token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GuardDecision[ALLOWED POST /v1/auth/token public] lets the request through; there is nothing to answer");
    assertThatThrownBy(() -> SIGNSTACK.insufficientScope(SignstackScopes.CATALOG.requirement("workflow:read").check("workflow:read"), "/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the decision allows the request; there is nothing to answer");
  }

  @Test
  void eachAnswerAsksForATraceId() {
    int[] calls = {0};
    Answers answers = Answers.builder().traceIds(() -> "t-" + ++calls[0]).build();

    assertThat(answers.unauthenticated("/").body()).contains("\"traceId\":\"t-1\"");
    assertThat(answers.unauthenticated("/").body()).contains("\"traceId\":\"t-2\"");
    assertThatThrownBy(() -> Answers.builder().traceIds(() -> null).build().unauthenticated("/"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the trace id supplier returned null");
  }

  @Test
  void theDefaultsAreTheSignstackBodyARandomUuidAndTheSystemClock() {
    Answer a = Answers.signstack().unauthenticated("/v1/me");
    JsonNode body = JSON.readTree(a.body());

    assertThat(body.get("traceId").stringValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    Instant stamped = Instant.parse(body.get("timestamp").stringValue());
    assertThat(stamped).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    assertThat(Answers.signstack()).hasToString("Answers[SIGNSTACK, missing scope named]");
    assertThat(HIDDEN).hasToString("Answers[SIGNSTACK, missing scope hidden]");
  }

  @Test
  void hostileInputsStayExactJson() {
    String path = "/v1/\"x\"\\y\u0001\u00fc</script>\u2028\ud800";
    Answer a = fixed(NOW).traceIds(() -> "\"}").build().invalidToken("bad\nreason", path);

    JsonNode body = JSON.readTree(a.body());

    assertThat(body.get("path").stringValue()).isEqualTo(path);
    assertThat(body.get("traceId").stringValue()).isEqualTo("\"}");
    assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo("bad\nreason");
  }

  @Test
  void answersAreValues() {
    new EqualsTester()
        .addEqualityGroup(SIGNSTACK.unauthenticated("/a"), SIGNSTACK.unauthenticated("/a"))
        .addEqualityGroup(SIGNSTACK.unauthenticated("/b"))
        .addEqualityGroup(PROBLEM.unauthenticated("/a"))
        .addEqualityGroup(SIGNSTACK.invalidToken("Missing bearer token", "/a"))
        .addEqualityGroup(SIGNSTACK.answer(GUARD.check("GET", "/v1/unknown", ScopeClaim.absent()), "/a"))
        .testEquals();
    assertThat(SIGNSTACK.unauthenticated("/a")).hasToString("Answer[401 application/json, WWW-Authenticate: Bearer, "
        + "{\"statusCode\":401,\"timestamp\":\"2026-04-21T09:30:00.123Z\",\"path\":\"/a\",\"traceId\":\"t-1\","
        + "\"errorInfo\":{\"message\":\"Missing bearer token\"}}]");
    assertThat(SIGNSTACK.answer(GUARD.check("GET", "/v1/unknown", ScopeClaim.absent()), "/a").toString())
        .startsWith("Answer[403 application/json, {");
  }

  @Test
  void theHeadersMapIsReadOnly() {
    assertThatThrownBy(() -> SIGNSTACK.unauthenticated("/").headers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void formatsNameTheirMediaTypes() {
    assertThat(ErrorFormat.SIGNSTACK.contentType()).isEqualTo("application/json");
    assertThat(ErrorFormat.PROBLEM.contentType()).isEqualTo("application/problem+json");
  }
}
