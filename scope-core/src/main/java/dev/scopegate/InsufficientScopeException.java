package dev.scopegate;

import java.util.Objects;

/**
 * Thrown by {@link Decision#throwIfDenied()} when a token does not cover an operation's required
 * scopes. The message is the decision's, exactly {@code Token lacks required scope: workflow:create};
 * a web layer maps this exception to a 403.
 */
public final class InsufficientScopeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /**
   * An exception for a denial.
   *
   * @param decision a denied decision
   * @throws IllegalArgumentException if the decision allows
   */
  public InsufficientScopeException(Decision decision) {
    super(Objects.requireNonNull(decision, "decision").message().orElseThrow(
        () -> new IllegalArgumentException("An allowed decision is not an insufficient-scope failure")));
    this.decision = decision;
  }

  /**
   * The denial, with the missing scopes.
   *
   * @return the decision
   */
  public Decision decision() {
    return decision;
  }
}
