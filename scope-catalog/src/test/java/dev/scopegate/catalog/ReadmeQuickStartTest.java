package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check used as a request filter uses it (a stand-in response and filter chain), and the
 * README's reference examples. The README's quick start itself is compiled as pasted and run by
 * scope-consumer-tests, on the class path and on the module path.
 */
class ReadmeQuickStartTest {
  // Once, at start-up: strict, so a typo in a declared scope fails fast with a clear message.
  static final Requirement CREATE_WORKFLOW = SignstackScopes.CATALOG.requirement("workflow:create");

  private final List<String> sent = new ArrayList<>();

  private void filter(String scopeClaim) {
    // Per request: lenient, never throws, allocates nothing when allowed.
    Decision decision = CREATE_WORKFLOW.check(scopeClaim);   // the verified token's "scope" claim
    if (!decision.allowed()) {
      sendError(403, decision.message().orElseThrow());   // Token lacks required scope: workflow:create
      return;
    }
    doFilter();
  }

  private void sendError(int status, String message) {
    sent.add(status + " " + message);
  }

  private void doFilter() {
    sent.add("passed");
  }

  @Test
  void theQuickStartAllowsAndDeniesAsTheReadmeSays() {
    filter("workflow:read workflow:create");
    filter("workflow:read");
    filter("workflow:*");
    filter("file:* workflow:Create");
    assertThat(sent).containsExactly(
        "passed",
        "403 Token lacks required scope: workflow:create",
        "passed",
        "403 Token lacks required scope: workflow:create");
  }

  @Test
  void theReferenceExamplesAreTrue() {
    Requirement r = SignstackScopes.CATALOG.requirement("workflow:update", "file:read");
    Decision d = r.check("workflow:read file:read");
    assertThat(d.missing()).containsExactly(SignstackScopes.WORKFLOW_UPDATE);
    assertThat(d.message()).contains("Token lacks required scope: workflow:update");
    assertThat(SignstackScopes.CATALOG.minimize(SignstackScopes.CATALOG.parseAll("workflow:read file:read workflow:* file:read")))
        .containsExactly(SignstackScopes.FILE_READ, SignstackScopes.WORKFLOW_ALL);
    assertThat(CREATE_WORKFLOW.check(List.of("workflow:read", "workflow:create")).allowed()).isTrue();
  }
}
