package dev.scopegate;

import dev.scopegate.internal.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by the strict parsers when text is not a scope, or not a scope of the catalog.
 *
 * <p>The message quotes the input (escaping anything invisible, so a Cyrillic {@code е} shows as
 * <code>&#92;u0435</code>) and says which rule it broke, with a suggestion where a known scope is close:
 *
 * <pre>
 * Invalid scope "workflow:craete": the workflow family has no verb "craete" (did you mean "workflow:create"?)
 * </pre>
 */
public final class InvalidScopeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final ScopeProblem problem;
  private final String reason;
  private final transient Optional<Scope> suggestion;

  InvalidScopeException(String input, ScopeProblem problem, String reason, Optional<Scope> suggestion) {
    super(message(input, reason, suggestion));
    this.input = Objects.requireNonNull(input);
    this.problem = Objects.requireNonNull(problem);
    this.reason = Objects.requireNonNull(reason);
    this.suggestion = Objects.requireNonNull(suggestion);
  }

  static String message(String input, String reason, Optional<Scope> suggestion) {
    StringBuilder sb = new StringBuilder("Invalid scope ").append(Text.quote(input)).append(": ").append(reason);
    suggestion.ifPresent(s -> sb.append(" (did you mean \"").append(s).append("\"?)"));
    return sb.toString();
  }

  /**
   * The text that was rejected, exactly as given.
   *
   * @return the rejected text
   */
  public String input() {
    return input;
  }

  /**
   * Which rule the text broke.
   *
   * @return the problem
   */
  public ScopeProblem problem() {
    return problem;
  }

  /**
   * The reason alone, without the quoted input: {@code the workflow family has no verb "craete"}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * A known scope close to the input, when there is one.
   *
   * @return the suggestion, or empty
   */
  public Optional<Scope> suggestion() {
    return suggestion == null ? Optional.empty() : suggestion;
  }
}
