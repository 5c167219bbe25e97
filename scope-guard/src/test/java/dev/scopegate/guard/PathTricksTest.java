package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.GuardDecision.Outcome;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared path-trick corpus, decided by the guard itself: the request target as sent, its raw
 * path through {@link RequestTarget#path}, and the answer each row states.
 */
class PathTricksTest {
  private static final Guard GUARD = Guard.of(PathTricks.ROUTES);

  static Stream<Row> rows() {
    return PathTricks.rows().stream();
  }

  private static String path(Row row) {
    return RequestTarget.path(row.target("api.example.com"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void everyRowGetsItsAnswerWithATokenThatHasEveryScope(Row row) {
    GuardDecision d = GUARD.check(row.method(), path(row), ScopeClaim.of(PathTricks.ALL_SCOPES));

    assertThat(d.status()).as(row.why()).isEqualTo(row.status());
    if (row.status() == 200) {
      Route route = d.route().orElseThrow();
      assertThat(route.method() + " " + route.template()).isEqualTo(row.expected());
    } else {
      assertThat(d.message()).contains(row.expected());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void withoutATokenOnlyTheClaimCheckChangesAndTheClaimIsReadOnlyThen(Row row) {
    AtomicInteger reads = new AtomicInteger();
    GuardDecision d = GUARD.check(row.method(), path(row), () -> {
      reads.incrementAndGet();
      return ScopeClaim.absent();
    });

    boolean protectedRoute = row.status() == 200 && d.route().orElseThrow().rule().isPresent();
    assertThat(reads).hasValue(protectedRoute ? 1 : 0);
    if (protectedRoute) {
      assertThat(d.outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    } else {
      assertThat(d.status()).isEqualTo(row.status());
    }
  }

  @Test
  void theCorpusHasEveryVectorOfTheIssue() {
    List<String> ids = PathTricks.rows().stream().map(Row::id).toList();

    assertThat(ids).contains(
        "encoded-newline-after-a-literal", "encoded-carriage-return-after-a-literal",   // Spring CVE-2022-22978
        "dot-dot-semicolon-to-a-protected-literal", "encoded-semicolon-before-a-literal", // Shiro CVE-2020-1957, -13933
        "leading-double-slash", "double-slash-before-a-literal",                         // Quarkus CVE-2023-4853
        "matrix-parameter-on-a-literal", "encoded-slash", "encoded-backslash",           // Quarkus 2026
        "trailing-slash-on-a-literal",                                                   // Keycloak 2026
        "encoded-space-after-a-literal",                                                 // Spring CVE-2016-5007
        "turkish-dotless-i", "turkish-dotless-i-encoded",                                // CVE-2024-38827
        "head-on-a-get-route", "head-on-a-more-specific-get-literal",                    // GHSA-fwcg-w62g-38x8
        "absolute-form", "plain-options");
    assertThat(PathTricks.rows()).allSatisfy(r -> assertThat(r.why()).endsWith("."));
  }

  @Test
  void rowsAreFoundById() {
    assertThat(PathTricks.row("absolute-form").target("h:1")).isEqualTo("http://h:1/v1/things/t1");
    assertThat(PathTricks.row("absolute-form").route()).contains("GET /v1/things/{id}");
    assertThat(PathTricks.row("trailing-slash").route()).isEmpty();
    assertThat(PathTricks.row("trailing-slash").message()).contains("Invalid request path: empty path segment (a double or trailing slash)");
  }
}
