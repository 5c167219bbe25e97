package dev.scopegate.openapi;

import dev.scopegate.Requirement;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operation of an OpenAPI document: its HTTP method, path template, operationId, and what a
 * token needs to call it.
 *
 * <p>Exactly one of these holds for every operation:
 *
 * <ul>
 *   <li>{@link #requirement()} is present: the operation declares valid {@code x-required-scopes};
 *       a token must cover the requirement.
 *   <li>{@link #isPublic()}: the operation says {@code security: []} and declares no scopes; no
 *       token is needed.
 *   <li>{@link #isBroken()}: the operation's declaration is invalid (a malformed or unknown scope,
 *       {@code x-required-scopes} of the wrong type, or both public and scoped). It never gets a
 *       weaker requirement than declared: it has no requirement at all, and the load reports the
 *       error, so {@link OpenApiSpec#requireValid()} refuses the document.
 *   <li>none of the above: the operation declares no (or an empty) {@code x-required-scopes} and
 *       is not public; the load reports {@link SpecProblem.Kind#MISSING_REQUIRED_SCOPES}.
 * </ul>
 *
 * <p>An enforcement layer that serves a document with problems anyway must deny every operation
 * without a requirement that is not public.
 *
 * {@snippet :
 * Operation op = spec.operations().byOperationId("createWorkflow").orElseThrow();
 * op.method();         // "POST"
 * op.path();           // "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"
 * op.requirement().orElseThrow().check(claim).message();
 * // Optional[Token lacks required scope: workflow:create]
 * }
 */
public final class Operation {
  private final String method;
  private final String path;
  private final Optional<String> operationId;
  private final Optional<Requirement> requirement;
  private final boolean isPublic;
  private final boolean broken;
  private final SourceLocation location;

  Operation(
      String method,
      String path,
      Optional<String> operationId,
      Optional<Requirement> requirement,
      boolean isPublic,
      boolean broken,
      SourceLocation location) {
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.requirement = requirement;
    this.isPublic = isPublic;
    this.broken = broken;
    this.location = location;
  }

  /**
   * The HTTP method, upper case.
   *
   * @return such as {@code "GET"}
   */
  public String method() {
    return method;
  }

  /**
   * The path template, exactly as in the document.
   *
   * @return such as {@code "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"}
   */
  public String path() {
    return path;
  }

  /**
   * The operationId, when the document gives one.
   *
   * @return the operationId, or empty
   */
  public Optional<String> operationId() {
    return operationId;
  }

  /**
   * The required scopes, compiled strictly against the catalog. Empty when the operation is
   * public, declares no scopes, or is {@linkplain #isBroken() broken}.
   *
   * @return the requirement, or empty
   */
  public Optional<Requirement> requirement() {
    return requirement;
  }

  /**
   * Whether the operation is explicitly public: {@code security: []} on the operation and no
   * {@code x-required-scopes}.
   *
   * @return {@code true} if no token is needed
   */
  public boolean isPublic() {
    return isPublic;
  }

  /**
   * Whether the operation's scope declaration is invalid; such an operation has no requirement
   * and is not public, and the load reports why.
   *
   * @return {@code true} if broken
   */
  public boolean isBroken() {
    return broken;
  }

  /**
   * Where the operation stands: the position of its method key.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * Operations are equal when all their properties are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal operation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Operation)) {
      return false;
    }
    Operation that = (Operation) other;
    return isPublic == that.isPublic
        && broken == that.broken
        && method.equals(that.method)
        && path.equals(that.path)
        && operationId.equals(that.operationId)
        && requirement.equals(that.requirement)
        && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, operationId, requirement, isPublic, broken, location);
  }

  /**
   * The method, path and operationId: {@code GET /v1/orgs/{orgId}/files (listFiles)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return method + " " + path + operationId.map(id -> " (" + id + ")").orElse("");
  }
}
