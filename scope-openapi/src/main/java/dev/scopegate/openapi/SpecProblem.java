package dev.scopegate.openapi;

import dev.scopegate.ScopeProblem;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with (or worth knowing about) an OpenAPI document or a catalog file, where it
 * stands, and what it means for enforcement.
 *
 * <p>{@linkplain Severity#ERROR Errors} make the document unfit for enforcement ({@link
 * OpenApiSpec#requireValid()} refuses it); {@linkplain Severity#WARNING warnings} and {@linkplain
 * Severity#NOTE notes} change nothing a token needs: they point at what is probably a mistake, or
 * at what the guard will do that a reader might not expect.
 *
 * {@snippet :
 * problem.toString();
 * // "openapi.yaml:14:11: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)"
 * }
 */
public final class SpecProblem {
  /** How much a problem matters. */
  public enum Severity {
    /** The document is unfit for enforcement. */
    ERROR,
    /** Probably a mistake, or an operation the guard will deny that a reader may expect to work. */
    WARNING,
    /** Worth knowing; nothing to fix unless it was not meant. */
    NOTE
  }

  /** What kind of problem it is. */
  public enum Kind {
    /** The document is not readable JSON or YAML (bad syntax, not UTF-8, empty, too large). */
    SYNTAX(Severity.ERROR),
    /** The document is readable but has no {@code openapi} field: it is not an OpenAPI document. */
    NOT_OPENAPI(Severity.ERROR),
    /**
     * The document is readable but not a usable OpenAPI 3.0 to 3.2 document (or catalog file): a
     * field has the wrong type, a name is repeated, a {@code $ref} cannot be followed, a security
     * scheme is unknown, and the like.
     */
    STRUCTURE(Severity.ERROR),
    /**
     * A path template the guard refuses, or one that matches the same paths as another of the same
     * method that requires something else; the message says why.
     */
    INVALID_TEMPLATE(Severity.ERROR),
    /** A scope the catalog rejects; {@link #scopeProblem()} says why. */
    INVALID_SCOPE(Severity.ERROR),
    /** A scope a {@code security} requirement names that its {@code oauth2} scheme does not declare. */
    UNDECLARED_SCOPE(Severity.ERROR),
    /**
     * An operation's {@code security} and its {@code x-required-scopes} require different things;
     * {@link #relatedLocation()} is the other one's position.
     */
    SCOPE_DRIFT(Severity.ERROR),
    /**
     * An operation a bearer token's scopes cannot call: no security declared at all, an empty
     * {@code x-required-scopes}, or (with {@link OpenApiOptions.NonScopeSchemes#DENY}) only
     * schemes without scopes. The guard denies it.
     */
    MISSING_REQUIRED_SCOPES(Severity.WARNING),
    /** A requirement object whose scopes imply one another, which usually means "either". */
    IMPLIED_SCOPE(Severity.WARNING),
    /** A scope that repeats an earlier one in the same list. */
    DUPLICATE_SCOPE(Severity.WARNING),
    /** A scope its family's wildcard, listed beside it, already requires. */
    REDUNDANT_SCOPE(Severity.WARNING),
    /**
     * A scheme without scopes that names roles (OpenAPI 3.1 and later allow it); the guard does not
     * check them.
     */
    UNCHECKED_ROLES(Severity.WARNING),
    /**
     * An operation the service authenticates itself (schemes without scopes, with {@link
     * OpenApiOptions.NonScopeSchemes#AUTHENTICATED_ELSEWHERE}), or one that any valid token may
     * call (an empty scope list).
     */
    NO_SCOPE_CHECK(Severity.NOTE),
    /** A scope an {@code oauth2} scheme declares that no requirement uses. */
    UNUSED_SCOPE(Severity.NOTE),
    /**
     * An operation whose template matches the same paths as an earlier one of the same method
     * ({@code /Contacts/{ContactID}} and {@code /Contacts/{ContactNumber}}) and that requires the
     * same: the guard enforces them as one route. {@link #relatedLocation()} is the earlier one.
     */
    SAME_ROUTE(Severity.NOTE);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /**
     * How much problems of this kind matter.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }

    /**
     * Whether problems of this kind make the document unfit for enforcement.
     *
     * @return {@code true} for errors
     */
    public boolean isError() {
      return severity == Severity.ERROR;
    }
  }

  private final Kind kind;
  private final SourceLocation location;
  private final String message;
  private final Optional<String> scope;
  private final Optional<ScopeProblem> scopeProblem;
  private final Optional<SourceLocation> related;

  private SpecProblem(
      Kind kind, SourceLocation location, String message, Optional<String> scope, Optional<ScopeProblem> scopeProblem,
      Optional<SourceLocation> related) {
    this.kind = kind;
    this.location = location;
    this.message = message;
    this.scope = scope;
    this.scopeProblem = scopeProblem;
    this.related = related;
  }

  static SpecProblem of(Kind kind, SourceLocation location, String message) {
    return new SpecProblem(kind, location, message, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static SpecProblem related(Kind kind, SourceLocation location, String message, SourceLocation related) {
    return new SpecProblem(kind, location, message, Optional.empty(), Optional.empty(), Optional.of(related));
  }

  static SpecProblem aboutScope(Kind kind, SourceLocation location, String message, String scope) {
    return new SpecProblem(kind, location, message, Optional.of(scope), Optional.empty(), Optional.empty());
  }

  static SpecProblem invalidScope(SourceLocation location, String message, String scope, ScopeProblem why) {
    return new SpecProblem(Kind.INVALID_SCOPE, location, message, Optional.of(scope), Optional.of(why), Optional.empty());
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
   * How much the problem matters.
   *
   * @return {@code kind().severity()}
   */
  public Severity severity() {
    return kind.severity();
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
   * A second position the problem is about: for {@link Kind#SCOPE_DRIFT} the other declaration,
   * for a repeated operationId or route the first one.
   *
   * @return the location, or empty
   */
  public Optional<SourceLocation> relatedLocation() {
    return related;
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
   * Kind#INVALID_SCOPE}, {@link Kind#UNDECLARED_SCOPE}, {@link Kind#IMPLIED_SCOPE}, {@link
   * Kind#DUPLICATE_SCOPE}, {@link Kind#REDUNDANT_SCOPE}, {@link Kind#UNUSED_SCOPE}).
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
   * Problems are equal when kind, location, message, scope, scope problem and related location are.
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
        && scopeProblem.equals(that.scopeProblem)
        && related.equals(that.related);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, location, message, scope, scopeProblem, related);
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
