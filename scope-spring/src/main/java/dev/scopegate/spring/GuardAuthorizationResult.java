package dev.scopegate.spring;

import dev.scopegate.guard.GuardDecision;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Objects;
import org.springframework.security.authorization.AuthorizationResult;

/**
 * What {@link GuardAuthorizationManager} decided for a request: Spring's granted or denied, with
 * the guard's {@link GuardDecision} (the outcome, the matched route, the engine's decision with the
 * missing scopes, and the message). Spring Security carries a denial to the handlers in its {@code
 * AuthorizationDeniedException}, where {@link ScopeAccessDeniedHandler} and {@link
 * ScopeAuthenticationEntryPoint} answer it; handlers and logs can read what is missing from it.
 *
 * {@snippet :
 * AuthorizationResult result = manager.authorize(authentication, context);
 * if (result instanceof GuardAuthorizationResult scoped && !scoped.isGranted()) {
 *   scoped.decision().message();   // Optional[Token lacks required scope: workflow:create]
 * }
 * }
 *
 * <p>Spring's {@code AuthorizationResult} is {@code Serializable}; this one refuses to be
 * serialized, since the guard's decision is not.
 */
public final class GuardAuthorizationResult implements AuthorizationResult {
  private static final long serialVersionUID = 1L;

  private final transient GuardDecision decision;

  GuardAuthorizationResult(GuardDecision decision) {
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  /**
   * Whether the request may proceed.
   *
   * @return {@link GuardDecision#allowed()}
   */
  @Override
  public boolean isGranted() {
    return decision.allowed();
  }

  /**
   * The guard's decision.
   *
   * @return the decision
   */
  public GuardDecision decision() {
    return decision;
  }

  /** A guard decision is not serializable, so neither is a result that carries one. */
  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(getClass().getName());
  }

  /**
   * {@code GuardAuthorizationResult[GuardDecision[INSUFFICIENT_SCOPE 403 …]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "GuardAuthorizationResult[" + decision + "]";
  }
}
