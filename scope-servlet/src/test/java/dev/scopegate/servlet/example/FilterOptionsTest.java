package dev.scopegate.servlet.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Answers;
import dev.scopegate.guard.ErrorFormat;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.servlet.ClaimSource;
import dev.scopegate.servlet.ScopeFilter;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's builder options, compiled here; the server tests run each option on Jetty. */
class FilterOptionsTest {
  private static final RouteTable routes = ScopegateSetup.ROUTES;

  @Test
  void theDefaultsSpelledOut() {
    ScopeFilter filter = ScopeFilter.builder(routes)
        .claimSource(ClaimSource.jwtClaims())              // default; or bearer(verifier), jwtClaims("attr"), scopeAttribute("attr"), or your own lambda
        .answers(Answers.builder()                         // default: Answers.signstack()
            .clock(Clock.systemUTC())                      // default; the body's timestamp
            .traceIds(() -> UUID.randomUUID().toString())  // default; called once per answer, on the request thread
            .build())
        .build();

    assertThat(filter.answers().format()).isEqualTo(ErrorFormat.SIGNSTACK);
    assertThat(filter.answers().exposesMissingScope()).isTrue();
    assertThat(filter.guard().passesCorsPreflights()).isFalse();
  }

  @Test
  void theOptions() {
    ScopeFilter filter = ScopeFilter.builder(Guard.builder(routes).passCorsPreflights().build())   // CORS preflights to your CORS handling
        .answers(Answers.builder()
            .format(ErrorFormat.PROBLEM)      // RFC 9457 application/problem+json instead of the Signstack body
            .exposeMissingScope(false)        // 403 "Token lacks required scope", no scope="…" in the challenge
            .build())
        .build();

    assertThat(filter.answers().format()).isEqualTo(ErrorFormat.PROBLEM);
    assertThat(filter.answers().exposesMissingScope()).isFalse();
    assertThat(filter.guard().passesCorsPreflights()).isTrue();
  }
}
