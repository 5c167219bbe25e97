package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types' equality and hashes, and the small writers every answer goes through. */
class ValuesTest {
  private static final String CREATE_PATH = "/v1/orgs/o1/namespaces/ns/workflows";

  @Test
  void decisionsAreEqualWhenTheyDecideAlike() {
    new EqualsTester()
        .addEqualityGroup(GUARD.check("POST", CREATE_PATH, ScopeClaim.of("workflow:create")),
            GUARD.check("POST", "/v1/orgs/o2/namespaces/x/workflows", ScopeClaim.of("workflow:*")))
        .addEqualityGroup(GUARD.check("POST", CREATE_PATH, ScopeClaim.of("")), GUARD.check("POST", CREATE_PATH, ScopeClaim.of("file:read")))
        .addEqualityGroup(GUARD.check("POST", CREATE_PATH, ScopeClaim.absent()))
        .addEqualityGroup(GUARD.check("POST", CREATE_PATH, ScopeClaim.unusable("a")))
        .addEqualityGroup(GUARD.check("POST", CREATE_PATH, ScopeClaim.unusable("b")))
        .addEqualityGroup(GUARD.check("GET", "/v1/unknown", ScopeClaim.absent()))
        .addEqualityGroup(GUARD.check("GET", "/v1//x", ScopeClaim.absent()))
        .addEqualityGroup(GUARD.check("GET", "/v1/%2F", ScopeClaim.absent()))
        .addEqualityGroup(GUARD.check("POST", "/v1/auth/token", ScopeClaim.absent()))
        .addEqualityGroup("not a decision")
        .testEquals();
    assertThat(GUARD.check("POST", CREATE_PATH, ScopeClaim.absent()).hashCode())
        .isNotEqualTo(GUARD.check("GET", "/v1/unknown", ScopeClaim.absent()).hashCode());
  }

  @Test
  void distinctClaimsAndAnswersHashApart() {
    assertThat(ScopeClaim.of("a:b").hashCode()).isNotEqualTo(ScopeClaim.of("c:d").hashCode());
    Answers answers = Answers.builder().traceIds(() -> "t").clock(java.time.Clock.fixed(java.time.Instant.EPOCH,
        java.time.ZoneOffset.UTC)).build();
    assertThat(answers.unauthenticated("/a").hashCode()).isNotEqualTo(answers.unauthenticated("/b").hashCode());
  }

  @Test
  void aChallengeWithoutScopesHasNoScopeAttribute() {
    assertThat(Challenge.insufficientScope(List.of())).isEqualTo("Bearer error=\"insufficient_scope\"");
  }

  @Test
  void aSurrogatePairIsWrittenAsItIsAndALoneSurrogateEscaped() {
    StringBuilder out = new StringBuilder();

    Json.quote(out, "a\ud83d\ude00b\ud83d\u2028\ude00\u0001");

    assertThat(out).hasToString("\"a\ud83d\ude00b\\ud83d\\u2028\\ude00\\u0001\"");
  }

  @Test
  void nestedObjectsAreClosedInOrder() {
    Json json = new Json();
    json.string("a", "1").object("b").number("c", 2).end();

    assertThat(json.close()).isEqualTo("{\"a\":\"1\",\"b\":{\"c\":2}}");
  }
}
