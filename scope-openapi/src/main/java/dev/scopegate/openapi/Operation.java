package dev.scopegate.openapi;

import dev.scopegate.AccessRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operation of an OpenAPI document: its HTTP method, path template, operationId, its
 * effective {@code security} as written, and what a bearer token needs to call it.
 *
 * {@snippet :
 * Operation op = spec.operations().byOperationId("getPetById").orElseThrow();
 * op.method();        // "GET"
 * op.path();          // "/pet/{petId}"
 * op.access();        // SCOPED
 * op.security();      // [{api_key: []}, {petstore_auth: [write:pets, read:pets]}]
 * op.rule().orElseThrow().check("read:pets").message();
 * // Optional[Token lacks required scope: write:pets]
 * }
 *
 * <h2>Access</h2>
 *
 * Every operation is in exactly one {@link Access} state, read from its {@code security} (or the
 * root's, when it has none) and its {@code x-required-scopes}:
 *
 * <ul>
 *   <li>{@link Access#PUBLIC}: {@code security: []}, or an alternative {@code {}} (anonymous
 *       access allowed). No token is needed.
 *   <li>{@link Access#SCOPED}: {@link #rule()} holds every alternative a bearer token can satisfy
 *       by its scopes (an empty scope list: any valid token).
 *   <li>{@link Access#NON_SCOPE}: every alternative needs a scheme without scopes ({@code apiKey},
 *       {@code http}, {@code mutualTLS}), which no scope claim satisfies.
 *   <li>{@link Access#UNDECLARED}: neither the operation nor the root declares {@code security},
 *       and it has no {@code x-required-scopes}. OpenAPI allows such a document to be incomplete,
 *       so this is not read as public.
 *   <li>{@link Access#BROKEN}: the declaration is invalid (a malformed or undeclared scope, an
 *       unknown scheme, {@code security} and {@code x-required-scopes} that disagree). It never
 *       gets a weaker rule than declared: it has none, and the load reports the error, so {@link
 *       OpenApiSpec#requireValid()} refuses the document.
 * </ul>
 */
public final class Operation {
  /** What a request needs to call an operation. */
  public enum Access {
    /** No token is needed. */
    PUBLIC,
    /** A bearer token must satisfy {@link Operation#rule()}. */
    SCOPED,
    /** Only schemes without scopes (API key, HTTP basic, mutual TLS) can authorize it. */
    NON_SCOPE,
    /** No security is declared for it at all. */
    UNDECLARED,
    /** Its declaration is invalid; the load reports why. */
    BROKEN
  }

  private final String method;
  private final String path;
  private final Optional<String> operationId;
  private final Access access;
  private final Optional<AccessRule> rule;
  private final List<SecurityRequirement> security;
  private final boolean passesWithoutToken;
  private final SourceLocation location;

  Operation(
      String method,
      String path,
      Optional<String> operationId,
      Access access,
      Optional<AccessRule> rule,
      List<SecurityRequirement> security,
      boolean passesWithoutToken,
      SourceLocation location) {
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.access = access;
    this.rule = rule;
    this.security = List.copyOf(security);
    this.passesWithoutToken = passesWithoutToken;
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
   * @return such as {@code "/pet/{petId}"}
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
   * What a request needs to call the operation.
   *
   * @return the access state
   */
  public Access access() {
    return access;
  }

  /**
   * The alternatives a bearer token can satisfy, compiled strictly against the catalog, any of
   * which suffices: one per requirement object of the effective {@code security} whose schemes
   * all carry scopes (the union of their lists), or the operation's {@code x-required-scopes}.
   * With {@link OpenApiOptions.NonScopeSchemes#AUTHENTICATED_ELSEWHERE}, a requirement object
   * that mixes scopes with schemes without scopes contributes its scopes too. Present exactly when
   * the operation is {@link Access#SCOPED}.
   *
   * @return the rule, or empty
   */
  public Optional<AccessRule> rule() {
    return rule;
  }

  /**
   * The effective {@code security}: the operation's own list, or the root's when the operation
   * has none; each requirement object as written. Empty for {@code security: []} and when neither
   * declares one.
   *
   * @return the requirement objects, in document order
   */
  public List<SecurityRequirement> security() {
    return security;
  }

  /**
   * Whether the operation is public: {@code security: []} or an anonymous alternative {@code {}}.
   *
   * @return {@code access() == PUBLIC}
   */
  public boolean isPublic() {
    return access == Access.PUBLIC;
  }

  /**
   * Whether the operation's declaration is invalid; such an operation has no rule and is not
   * public, and the load reports why.
   *
   * @return {@code access() == BROKEN}
   */
  public boolean isBroken() {
    return access == Access.BROKEN;
  }

  /**
   * Whether a request without a bearer token passes to the service's own authentication: read
   * with {@link OpenApiOptions.NonScopeSchemes#AUTHENTICATED_ELSEWHERE}, the operation has an
   * alternative made only of schemes without scopes.
   *
   * @return {@code true} when the guard lets a request without a token through to the service
   */
  public boolean passesWithoutToken() {
    return passesWithoutToken;
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
    return access == that.access
        && passesWithoutToken == that.passesWithoutToken
        && method.equals(that.method)
        && path.equals(that.path)
        && operationId.equals(that.operationId)
        && rule.equals(that.rule)
        && security.equals(that.security)
        && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, operationId, access, rule, security, passesWithoutToken, location);
  }

  /**
   * The method, path and operationId: {@code GET /pet/{petId} (getPetById)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return method + " " + path + operationId.map(id -> " (" + id + ")").orElse("");
  }
}
