package dev.scopegate;

import dev.scopegate.internal.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a token claim that granted nothing, and why.
 *
 * {@snippet :
 * GrantedScopes g = catalog.parseClaim("workflow:read file:* Workflow:create");
 * g.ignored().get(0);   // file:* at position 1: WILDCARD_NOT_SUPPORTED
 * g.ignored().get(1);   // Workflow:create at position 2: UPPERCASE
 * }
 */
public final class IgnoredEntry {
  private final String text;
  private final int position;
  private final ScopeProblem problem;
  private final String reason;

  IgnoredEntry(String text, int position, ScopeProblem problem, String reason) {
    this.text = text;
    this.position = position;
    this.problem = problem;
    this.reason = reason;
  }

  /**
   * The entry as it appeared in the claim. For a non-string list element it is empty; for an
   * over-long claim it is the claim's first characters.
   *
   * @return the entry's text
   */
  public String text() {
    return text;
  }

  /**
   * The entry's position among the claim's entries, counting from 0.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * Why the entry granted nothing.
   *
   * @return the problem
   */
  public ScopeProblem problem() {
    return problem;
  }

  /**
   * The reason in words: {@code the file family declares no wildcard}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Entries are equal when text, position, problem and reason are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal entry
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof IgnoredEntry)) {
      return false;
    }
    IgnoredEntry that = (IgnoredEntry) other;
    return position == that.position && text.equals(that.text) && problem == that.problem && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, position, problem, reason);
  }

  /**
   * {@code "file:*" at 1: the file family declares no wildcard}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Text.quote(text) + " at " + position + ": " + reason;
  }
}
