package dev.scopegate.servlet.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.guard.RequestHeaders;
import dev.scopegate.guard.RequestTarget;
import dev.scopegate.guard.Resolution;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's adapter outline for another HTTP layer, compiled here and run over the shared
 * path-trick corpus: for a layer that hands over the method, the request target as sent, the
 * headers and the verified token, these lines give every row its answer.
 */
class OtherAdapterTest {
  private final Guard guard = Guard.of(PathTricks.ROUTES);
  private final Answers answers = Answers.signstack();

  private final AtomicInteger claimReads = new AtomicInteger();
  private Optional<GuardDecision> proceeded = Optional.empty();
  private Optional<Answer> sent = Optional.empty();

  /** One request through the adapter; {@code requestTarget} is the request line's target, as sent. */
  void handle(String method, String requestTarget, RequestHeaders headers) {
    String rawPath = RequestTarget.path(requestTarget);                        // 1. the raw path, never a decoded one
    Resolution resolution = guard.resolve(method, rawPath, headers);           // 2. what the method and path decide alone
    GuardDecision decision = resolution.decide(() -> claimOf(headers));       // 3. the claim, read only when needed
    if (decision.allowed()) {
      proceed(decision);                                                       // 4. on to the application
    } else {
      send(answers.answer(decision, rawPath));                                 // 5. status, headers and body, as they are
    }
  }

  /** Stands for the layer's verified token; here, every request carries one with every scope. */
  private ScopeClaim claimOf(RequestHeaders headers) {
    claimReads.incrementAndGet();
    return ScopeClaim.of(PathTricks.ALL_SCOPES);
  }

  private void proceed(GuardDecision decision) {
    proceeded = Optional.of(decision);
  }

  private void send(Answer answer) {
    sent = Optional.of(answer);
  }

  static Stream<Row> rows() {
    return PathTricks.rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void everyCorpusRowGetsItsAnswer(Row row) {
    handle(row.method(), row.target("api.example.com"), RequestHeaders.none());

    if (row.status() == 200) {
      assertThat(sent).isEmpty();
      assertThat(proceeded.orElseThrow().route().map(r -> r.method() + " " + r.template())).isEqualTo(row.route());
    } else {
      assertThat(proceeded).isEmpty();
      assertThat(sent.orElseThrow().status()).isEqualTo(row.status());
      assertThat(sent.orElseThrow().body()).contains("\"message\":\"" + row.expected().replace("\\", "\\\\") + "\"");
      assertThat(claimReads).hasValue(0);
    }
  }
}
