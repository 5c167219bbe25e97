package dev.scopegate.spring;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.guard.GuardDecision;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.springframework.security.authorization.AuthorizationResult;

/**
 * What an {@link AccessRuleAuthorizationManager} decided: a method-security check of {@code
 * @RequiresScopes} or of the {@code @scopes} SpEL bean. Granted, or denied with the guard's outcome
 * (403 insufficient scope with the engine's {@link Decision}, or 401 without a usable token), which
 * {@link ScopeAccessDeniedHandler} and {@link ScopeAuthenticationEntryPoint} answer exactly as the
 * request guard's denials.
 *
 * {@snippet :
 * AccessRuleResult denied = (AccessRuleResult) exception.getAuthorizationResult();
 * denied.outcome();     // INSUFFICIENT_SCOPE
 * denied.message();     // Optional[Token lacks required scope: workflow:create]
 * denied.decision();    // the engine's denial: missing() and required()
 * }
 *
 * <p>Spring's {@code AuthorizationResult} is {@code Serializable}; this one refuses to be
 * serialized, since the engine's decision is not.
 */
public final class AccessRuleResult implements AuthorizationResult {
  private static final long serialVersionUID = 1L;

  private final transient AccessRule rule;
  private final transient GuardDecision decision;

  AccessRuleResult(AccessRule rule, GuardDecision decision) {
    this.rule = rule;
    this.decision = decision;
  }

  /**
   * Whether the caller may run the method.
   *
   * @return {@code true} when the token satisfies the rule
   */
  @Override
  public boolean isGranted() {
    return decision.allowed();
  }

  /**
   * The rule that was checked.
   *
   * @return the rule
   */
  public AccessRule rule() {
    return rule;
  }

  /**
   * How the check came out.
   *
   * @return {@code ALLOWED}, {@code INSUFFICIENT_SCOPE} (403), {@code UNAUTHENTICATED} (no token,
   *     401) or {@code INVALID_TOKEN} (scope claims that cannot be read, 401)
   */
  public GuardDecision.Outcome outcome() {
    return decision.outcome();
  }

  /**
   * The engine's decision, when the token's scopes were checked.
   *
   * @return the allowed decision or the denial with its missing scopes; empty for the 401 outcomes
   */
  public Optional<Decision> decision() {
    return decision.decision();
  }

  /**
   * The message of a denial, as the answer's body carries it.
   *
   * @return the message, such as {@code Token lacks required scope: workflow:create}; empty when
   *     granted
   */
  public Optional<String> message() {
    return decision.message();
  }

  /** The guard's decision, for the answer to a 401. */
  GuardDecision guardDecision() {
    return decision;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(getClass().getName());
  }

  /**
   * {@code AccessRuleResult[INSUFFICIENT_SCOPE AccessRule[workflow:create]: Token lacks required scope: workflow:create]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AccessRuleResult[" + outcome() + " " + rule + message().map(m -> ": " + m).orElse("") + "]";
  }
}
