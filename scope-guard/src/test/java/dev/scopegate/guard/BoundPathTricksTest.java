package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.GuardDecision.Outcome;
import dev.scopegate.guard.testing.BoundPathTricks;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every trick of the shared path-trick corpus applied to a bound parameter, decided by the guard:
 * with the bound token each row gets its answer, and another tenant's token with the same scopes
 * is never let through where the bound token's answer depends on the binding.
 */
class BoundPathTricksTest {
  private static final Guard GUARD = Guard.builder(BoundPathTricks.ROUTES).modeLookup(BoundPathTricks.MODES).build();
  private static final JwtScopeReader READER = JwtScopeReader.create(new RecordingLogger());

  static Stream<Row> rows() {
    return BoundPathTricks.rows().stream();
  }

  private static GuardDecision decide(Row row, Map<String, Object> token) {
    return GUARD.check(row.method(), RequestTarget.path(row.target("api.example.com")), READER.read(token));
  }

  @Test
  void everyTrickOfTheSharedCorpusIsAppliedToABoundParameter() {
    Set<String> bound = BoundPathTricks.rows().stream().map(Row::id).collect(Collectors.toSet());
    Set<String> shared = PathTricks.rows().stream().map(Row::id).collect(Collectors.toSet());

    assertThat(bound).containsAll(shared);
    assertThat(BoundPathTricks.rows()).allSatisfy(r -> assertThat(r.why()).endsWith("."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void everyRowGetsItsAnswerWithTheBoundToken(Row row) {
    GuardDecision d = decide(row, BoundPathTricks.TOKEN);

    assertThat(d.status()).as(row.why()).isEqualTo(row.status());
    if (row.status() == 200) {
      Route route = d.route().orElseThrow();
      assertThat(route.method() + " " + route.template()).isEqualTo(row.expected());
    } else {
      assertThat(d.message()).contains(row.expected());
      assertThat(d.wwwAuthenticate()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void anotherTenantsTokenWithTheSameScopesGetsNoFurther(Row row) {
    GuardDecision own = decide(row, BoundPathTricks.TOKEN);
    GuardDecision other = decide(row, BoundPathTricks.OTHER_TENANT);

    boolean bound = own.route().map(r -> !r.bindings().isEmpty()).orElse(false);
    if (!bound) {
      assertThat(other).isEqualTo(own);
    } else if (!row.target().contains("/orgs/globex/")) {
      assertThat(other.outcome()).as("%s for globex", row).isEqualTo(Outcome.BINDING_MISMATCH);
      assertThat(other.message()).contains("Token does not match path parameter: orgId");
    } else {
      assertThat(other.outcome()).as("globex's own URL").isEqualTo(Outcome.ALLOWED);
    }
  }
}
