package dev.scopegate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a check: allowed, or denied with the missing required scopes and the message an
 * API returns with its 403.
 *
 * {@snippet :
 * Decision d = requirement.check(claim);
 * if (!d.allowed()) {
 *   d.missing();   // [workflow:create, workflow:update], in the operation's declared order
 *   d.message();   // Optional[Token lacks required scope: workflow:create]
 *   d.required();  // [workflow:read, workflow:create, workflow:update]: for WWW-Authenticate scope="..."
 * }
 * d.throwIfDenied();  // or enforce: throws InsufficientScopeException when denied
 * }
 *
 * <p>The allowed decision is a single shared instance, so the allowed path allocates nothing.
 */
public final class Decision {
  /** The message prefix; the first missing scope follows, as declared. */
  static final String MESSAGE_PREFIX = "Token lacks required scope: ";

  static final Decision ALLOWED = new Decision(List.of(), List.of(), Optional.empty());

  private final List<Scope> required;
  private final List<Scope> missing;
  private final Optional<String> message;

  private Decision(List<Scope> required, List<Scope> missing, Optional<String> message) {
    this.required = required;
    this.missing = missing;
    this.message = message;
  }

  /**
   * The decision that lets a request through.
   *
   * @return the allowed decision
   */
  public static Decision allow() {
    return ALLOWED;
  }

  /**
   * A denial for the given missing scopes.
   *
   * @param missing the missing required scopes, in the operation's declared order; not empty
   * @return the denial, whose message names the first missing scope
   * @throws IllegalArgumentException if {@code missing} is empty
   */
  public static Decision deny(List<Scope> missing) {
    List<Scope> copy = List.copyOf(missing);
    return deny(copy, copy);
  }

  /** A denial of a requirement declaring {@code required}, of which {@code missing} are not covered. */
  static Decision deny(List<Scope> required, List<Scope> missing) {
    List<Scope> copy = List.copyOf(missing);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A denial names at least one missing scope");
    }
    return new Decision(List.copyOf(required), copy, Optional.of(MESSAGE_PREFIX + copy.get(0)));
  }

  /**
   * Whether the request may proceed.
   *
   * @return {@code true} when every required scope is covered
   */
  public boolean allowed() {
    return missing.isEmpty();
  }

  /**
   * The required scopes not covered, as declared ({@code workflow:*} stays {@code workflow:*}), in
   * declared order.
   *
   * @return the missing scopes; empty when allowed
   */
  public List<Scope> missing() {
    return missing;
  }

  /**
   * The scopes of the requirement this decision is about, as declared, in declared order: for a
   * denial by an {@link AccessRule}, those of its closest alternative. This is what an RFC 6750
   * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="..."} lists: the scopes a
   * token needs for the request. For {@link #deny(List)} it is the missing scopes.
   *
   * @return the required scopes; empty when allowed
   */
  public List<Scope> required() {
    return required;
  }

  /**
   * The denial message, exactly {@code Token lacks required scope: workflow:create}, naming the
   * first missing scope.
   *
   * @return the message; empty when allowed
   */
  public Optional<String> message() {
    return message;
  }

  /**
   * Enforces the decision.
   *
   * @throws InsufficientScopeException carrying this decision, when denied
   */
  public void throwIfDenied() {
    if (!allowed()) {
      throw new InsufficientScopeException(this);
    }
  }

  /**
   * Decisions are equal when both allow, or both deny with the same missing and required scopes.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal decision
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Decision && ((Decision) other).missing.equals(missing) && ((Decision) other).required.equals(required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(missing, required);
  }

  /**
   * {@code Decision[allowed]} or {@code Decision[denied: Token lacks required scope: workflow:create; missing [workflow:create]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return allowed() ? "Decision[allowed]" : "Decision[denied: " + message.orElse("") + "; missing " + missing + "]";
  }
}
