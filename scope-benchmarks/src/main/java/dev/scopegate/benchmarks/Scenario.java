package dev.scopegate.benchmarks;

import java.util.List;

/**
 * One check every implementation answers: a token's claim against an operation's required scopes,
 * with the answer all of them must give. Each benchmark runs every scenario (a JMH enum
 * {@code @Param}) and refuses to start if any implementation answers differently.
 *
 * <p>Only declared, lowercase scopes appear here, the inputs on which Scopegate and its peers
 * agree; where they disagree (undeclared wildcards, uppercase text) is pinned by the module's
 * tests and described in BENCHMARKS.md.
 */
public enum Scenario {
  /** One required scope, granted directly. */
  ONE_ALLOWED(Claim.BACKEND_WORKFLOWS, true, "workflow:create"),
  /** One required scope the claim lacks. */
  ONE_DENIED(Claim.BACKEND_WORKFLOWS, false, "workflow:update"),
  /** Three required scopes, each granted directly. */
  THREE_ALLOWED(Claim.BACKEND_WORKFLOWS, true, "resource:update", "workflow:execute", "file:upload"),
  /** Three required scopes; the last one is missing, so every implementation looks at all three. */
  THREE_DENIED(Claim.BACKEND_WORKFLOWS, false, "resource:update", "workflow:execute", "webhook:create"),
  /** Three required scopes against the wildcard-heavy claim: two through family wildcards. */
  WILDCARD_THREE_ALLOWED(Claim.FULL_ACCESS, true, "resource:delete", "workflow:execute", "file:upload");

  private final Claim claim;
  private final boolean allowed;
  private final List<String> required;

  Scenario(Claim claim, boolean allowed, String... required) {
    this.claim = claim;
    this.allowed = allowed;
    this.required = List.of(required);
  }

  /**
   * The token's claim.
   *
   * @return the claim
   */
  public Claim claim() {
    return claim;
  }

  /**
   * The operation's required scopes, all of which must be covered.
   *
   * @return the required scopes' texts
   */
  public List<String> required() {
    return required;
  }

  /**
   * The answer every implementation must give.
   *
   * @return {@code true} if the claim covers the required scopes
   */
  public boolean allowed() {
    return allowed;
  }

  /**
   * Fails unless an implementation gave this scenario's answer: a benchmark that answers
   * differently measures nothing.
   *
   * @param benchmark the benchmark method, such as {@code CompiledCheckBenchmark.shiro}
   * @param answer the implementation's answer
   * @throws IllegalStateException if the answer is wrong
   */
  public void requireAnswer(String benchmark, boolean answer) {
    if (answer != allowed) {
      throw new IllegalStateException(
          benchmark + " answers " + verdict(answer) + " for " + this + " (claim \"" + claim.text()
              + "\", required " + required + "); every implementation must answer " + verdict(allowed));
    }
  }

  private static String verdict(boolean allowed) {
    return allowed ? "allowed" : "denied";
  }
}
