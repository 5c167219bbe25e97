package dev.scopegate.openapi;

import dev.scopegate.ScopeProblem;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with an OpenAPI document, where it stands, and what it means for enforcement.
 *
 * <p>{@linkplain Kind#isError() Errors} make the document unfit for enforcement ({@link
 * OpenApiSpec#requireValid()} refuses it); warnings ({@link Kind#DUPLICATE_SCOPE}, {@link
 * Kind#REDUNDANT_SCOPE}) change nothing a token needs.
 *
 * {@snippet :
 * problem.toString();
 * // "openapi.yaml:14:11: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)"
 * }
 */
public final class SpecProblem {
  /** What kind of problem it is. */
  public enum Kind {
    /** The document is not readable JSON or YAML (bad syntax, not UTF-8, empty, too large). */
    SYNTAX(true),
    /**
     * The document is readable but not a usable OpenAPI 3.0/3.1 document: a field has the wrong
     * type, a name is repeated, a path item uses {@code $ref}, an operation is both public and
     * scoped, and the like.
     */
    STRUCTURE(true),
    /** An {@code x-required-scopes} entry the catalog rejects; {@link #scopeProblem()} says why. */
    INVALID_SCOPE(true),
    /**
     * An operation that declares no {@code x-required-scopes} (or an empty list) and is not
     * explicitly public ({@code security: []}).
     */
    MISSING_REQUIRED_SCOPES(true),
    /** An {@code x-required-scopes} entry that repeats an earlier one. */
    DUPLICATE_SCOPE(false),
    /** An {@code x-required-scopes} entry its family's wildcard, listed beside it, already requires. */
    REDUNDANT_SCOPE(false);

    private final boolean error;

    Kind(boolean error) {
      this.error = error;
    }

    /**
     * Whether problems of this kind make the document unfit for enforcement.
     *
     * @return {@code true} for errors, {@code false} for warnings
     */
    public boolean isError() {
      return error;
    }
  }

  private final Kind kind;
  private final SourceLocation location;
  private final String message;
  private final Optional<String> scope;
  private final Optional<ScopeProblem> scopeProblem;

  private SpecProblem(
      Kind kind, SourceLocation location, String message, Optional<String> scope, Optional<ScopeProblem> scopeProblem) {
    this.kind = kind;
    this.location = location;
    this.message = message;
    this.scope = scope;
    this.scopeProblem = scopeProblem;
  }

  static SpecProblem of(Kind kind, SourceLocation location, String message) {
    return new SpecProblem(kind, location, message, Optional.empty(), Optional.empty());
  }

  static SpecProblem aboutScope(Kind kind, SourceLocation location, String message, String scope) {
    return new SpecProblem(kind, location, message, Optional.of(scope), Optional.empty());
  }

  static SpecProblem invalidScope(SourceLocation location, String message, String scope, ScopeProblem why) {
    return new SpecProblem(Kind.INVALID_SCOPE, location, message, Optional.of(scope), Optional.of(why));
  }

  /**
   * The kind of problem.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the problem makes the document unfit for enforcement.
   *
   * @return {@code kind().isError()}
   */
  public boolean isError() {
    return kind.isError();
  }

  /**
   * Where the problem stands, as the parser reported it.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * The problem in one line, without the location. For {@link Kind#INVALID_SCOPE} it is the
   * engine's message, such as {@code Invalid scope "file:*": the file family declares no wildcard;
   * grant its scopes one by one: file:read, file:upload}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The scope text the problem is about, exactly as written, for the scope kinds ({@link
   * Kind#INVALID_SCOPE}, {@link Kind#DUPLICATE_SCOPE}, {@link Kind#REDUNDANT_SCOPE}).
   *
   * @return the scope text, or empty
   */
  public Optional<String> scope() {
    return scope;
  }

  /**
   * Why the catalog rejected the scope, for {@link Kind#INVALID_SCOPE}.
   *
   * @return the engine's problem, or empty for other kinds
   */
  public Optional<ScopeProblem> scopeProblem() {
    return scopeProblem;
  }

  /**
   * Problems are equal when kind, location, message, scope and scope problem are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal problem
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SpecProblem)) {
      return false;
    }
    SpecProblem that = (SpecProblem) other;
    return kind == that.kind
        && location.equals(that.location)
        && message.equals(that.message)
        && scope.equals(that.scope)
        && scopeProblem.equals(that.scopeProblem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, location, message, scope, scopeProblem);
  }

  /**
   * The problem as compilers print one: {@code openapi.yaml:14:11: message}.
   *
   * @return the location and the message
   */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
